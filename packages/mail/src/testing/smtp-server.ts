import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/*
 * A real SMTP server for tests (Nodemailer's smtp-server, bound to 127.0.0.1): the mail worker
 * talks SMTP to it as to any relay. It keeps what it accepted, parsed, and can refuse recipients
 * (a bounce), hold a message mid-DATA and be stopped and started again on the same port.
 */

export interface ReceivedMail {
  readonly messageId: string;
  readonly to: string;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly receivedAt: number;
}

export interface TestSmtpServer {
  readonly port: number;
  /** An SMTP_URL for this server. */
  readonly url: string;
  /** Every message accepted so far, in order (a repeat would appear twice). */
  readonly received: readonly ReceivedMail[];
  /** Recipients refused at RCPT TO with 550 (a permanent failure). */
  readonly refused: Set<string>;
  /** The first message (accepted now or later) that matches. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /**
   * After `accepted` more messages, the next one's DATA is held unanswered; resolves once it is
   * (the sender is then mid-send).
   */
  holdAfter(accepted: number): Promise<void>;
  /** Closes the listener and cuts every connection (a held send fails on the sender's side). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

export async function startTestSmtpServer(
  options: { dir?: string; port?: number } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const waiters: { match: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }[] = [];
  let hold: { after: number; reached: () => void } | null = null;
  let server: SMTPServer | null = null;
  let port = options.port ?? 0;
  if (options.dir) mkdirSync(options.dir, { recursive: true });

  function accept(mail: ReceivedMail): void {
    received.push(mail);
    if (options.dir) {
      const file = `${String(received.length).padStart(6, '0')}.json`;
      writeFileSync(join(options.dir, file), JSON.stringify(mail));
    }
    for (const waiter of [...waiters]) {
      if (waiter.match(mail)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(mail);
      }
    }
  }

  function listen(): Promise<void> {
    const instance = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      closeTimeout: 50,
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refused.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, _session, callback) {
        if (hold && hold.after <= 0) {
          // Read the message and never answer: the sender waits mid-send until stop() cuts it.
          const reached = hold.reached;
          hold = null;
          stream.on('end', reached);
          stream.resume();
          return;
        }
        if (hold) hold.after -= 1;
        simpleParser(stream)
          .then((parsed) => {
            const headers: Record<string, string> = {};
            for (const line of parsed.headerLines) {
              headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
            }
            accept({
              messageId: parsed.messageId ?? '',
              to: (Array.isArray(parsed.to) ? parsed.to : [parsed.to])
                .flatMap((a) => a?.value ?? [])
                .map((a) => a.address ?? '')
                .join(','),
              from: parsed.from?.value[0]?.address ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers,
              receivedAt: Date.now(),
            });
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      },
    });
    server = instance;
    return new Promise((resolve, reject) => {
      instance.once('error', reject);
      instance.listen(port, '127.0.0.1', () => {
        const address = instance.server.address();
        if (address && typeof address === 'object') port = address.port;
        resolve();
      });
    });
  }

  await listen();
  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    received,
    refused,
    waitFor(match, timeoutMs = 20_000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index < 0) return;
          waiters.splice(index, 1);
          reject(
            new Error(`No matching mail within ${timeoutMs} ms (${received.length} received)`),
          );
        }, timeoutMs).unref();
      });
    },
    holdAfter(accepted) {
      return new Promise((resolve) => {
        hold = { after: accepted, reached: resolve };
      });
    },
    stop() {
      const instance = server;
      server = null;
      return new Promise((resolve) => (instance ? instance.close(() => resolve()) : resolve()));
    },
    start: listen,
  };
}

/** Mail the server of another process wrote to `dir` (startTestSmtpServer's `dir`), in order. */
export function readMailDir(dir: string): ReceivedMail[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ReceivedMail);
}
