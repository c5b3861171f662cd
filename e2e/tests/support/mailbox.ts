import { expect } from '@playwright/test';
import { readMailDir } from '@kobling/mail/testing';
import type { ReceivedMail } from '@kobling/mail/testing';
import { MAIL_DIR } from '../../playwright.config.ts';

/**
 * The mail of `kind` (the X-Kobling-Mail-Kind header) the harness's SMTP server accepted for
 * `to`, waiting until it arrives (the platform's worker sends within a second or so).
 */
export async function mailTo(to: string, kind: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () => {
        found = readMailDir(MAIL_DIR).find(
          (m) => m.to === to && m.headers['x-kobling-mail-kind'] === kind,
        );
        return found !== undefined;
      },
      { message: `a ${kind} mail to ${to}`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

/** The site link in a mail's text that starts with `path`. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s\\]]*`).exec(
    mail.text,
  );
  expect(match, mail.text).not.toBeNull();
  return new URL(match![0]).pathname + new URL(match![0]).search;
}
