import { startTestSmtpServer } from '@kobling/mail/testing';
import { MAIL_DIR, SMTP_PORT } from './playwright.config.ts';

/*
 * The real SMTP server the platform under test sends its mail to (SMTP_URL in the config's
 * webServer env): it writes each accepted message to MAIL_DIR for the tests to read. The platform
 * may start first; its mail worker retries until this listens.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const smtp = await startTestSmtpServer({ dir: MAIL_DIR, port: SMTP_PORT });
  return () => smtp.stop();
}
