export { readMailDir, startTestSmtpServer } from './smtp-server.ts';
export type { ReceivedMail, TestSmtpServer } from './smtp-server.ts';
