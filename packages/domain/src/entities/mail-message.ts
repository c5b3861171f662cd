import { z } from 'zod';
import { LANGUAGES, MAIL_KINDS, MAIL_STATUSES } from '../enums.ts';
import { countSchema, emailSchema, epochMsSchema } from '../fields.ts';

/** Mail is queued by the use cases and sent by the mail worker, never from input. */
export const mailMessageSchema = z.object({
  id: z.string().min(1).max(300),
  kind: z.enum(MAIL_KINDS),
  toAddress: emailSchema,
  userId: z.string().nullable(),
  language: z.enum(LANGUAGES),
  data: z.string(),
  status: z.enum(MAIL_STATUSES),
  attempts: countSchema('Attempts'),
  nextAttemptAt: epochMsSchema('nextAttemptAt'),
  lastError: z.string().nullable(),
  createdAt: epochMsSchema('createdAt'),
  sentAt: epochMsSchema('sentAt').nullable(),
  transport: z.enum(['smtp', 'mailbox']).nullable(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;
