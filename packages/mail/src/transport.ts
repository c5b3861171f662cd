import { createTransport } from 'nodemailer';
import type { RenderedMail } from './render.ts';

/** Where mail goes: an SMTP relay (SMTP_URL), or the development mailbox when none is set. */
export interface MailTransport {
  readonly name: 'smtp' | 'mailbox';
  /** Resolves once the relay accepted the message; rejects with a MailSendError. */
  send(mail: RenderedMail): Promise<void>;
  close(): void;
}

/** A failed send; `permanent` when the relay refused it for good (a bounce: 5xx). */
export class MailSendError extends Error {
  readonly permanent: boolean;

  constructor(message: string, permanent: boolean) {
    super(message);
    this.name = 'MailSendError';
    this.permanent = permanent;
  }
}

/**
 * The development mailbox: nothing leaves the process, and the queued message itself, which
 * keeps its data, is what administrators read on the mailbox page.
 */
export const mailboxTransport: MailTransport = {
  name: 'mailbox',
  send: () => Promise.resolve(),
  close: () => undefined,
};

interface SmtpFailure {
  readonly message?: string;
  readonly responseCode?: number;
  readonly response?: string;
}

/**
 * Nodemailer over a pooled SMTP connection to the relay `url` (smtp:// or smtps://, with
 * credentials in the URL). A 5xx answer is a bounce; anything else (a refused connection, a
 * timeout, a 4xx) is tried again later by the worker.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = createTransport({
    url,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    name: 'smtp',
    async send(mail) {
      try {
        await transporter.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: { ...mail.headers },
        });
      } catch (error) {
        const failure = error as SmtpFailure;
        const code = failure.responseCode ?? 0;
        throw new MailSendError(
          failure.response ?? failure.message ?? String(error),
          code >= 500 && code < 600,
        );
      }
    },
    close: () => transporter.close(),
  };
}
