/**
 * Mail (issue 14): the SMTP relay (SMTP_URL; unset, mail is kept in the development mailbox that
 * administrators read on the site), the sender (MAIL_FROM) and the site's public address the
 * mailed links start with (PUBLIC_URL; unset, http://localhost:PORT).
 */
import { z } from 'zod';
import { parseConcern } from './variables.ts';
import type { Parsed, SetVariables } from './variables.ts';

export interface MailConfig {
  /** smtp:// or smtps://, credentials in the URL; null: the development mailbox. */
  readonly smtpUrl: string | null;
  readonly from: string;
  /** Without a trailing slash; null: http://localhost with the server's port. */
  readonly publicUrl: string | null;
}

const schema = z
  .object({
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    MAIL_FROM: z
      .string()
      .min(3, 'must be a sender address')
      .default('Kobling <noreply@kobling.localhost>'),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .optional(),
  })
  .transform((v): MailConfig => ({
    smtpUrl: v.SMTP_URL ?? null,
    from: v.MAIL_FROM,
    publicUrl: v.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
  }));

export function parseMailConfig(set: SetVariables): Parsed<MailConfig> {
  return parseConcern(schema, set);
}
