import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@kobling/domain';
import type { MailData, MailKind } from '@kobling/domain';
import type { Graph, MailMessageRow, UserRow } from '@kobling/graph';
import { openTestGraph } from '@kobling/graph/testing';
import { messageIdOf } from './render.ts';
import { startTestSmtpServer } from './testing/index.ts';
import type { TestSmtpServer } from './testing/index.ts';
import { smtpTransport } from './transport.ts';
import { MailWorker } from './worker.ts';

const site = { publicUrl: 'https://kobling.test', linkSecret: 'a-secret-for-signing-unsubscribe' };

let graph: Graph;
let smtp: TestSmtpServer;
let clock = Date.now();
let workers: MailWorker[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.stop();
  await graph.close();
});
afterEach(async () => {
  for (const worker of workers) await worker.stop();
  workers = [];
});

function worker(options: { concurrency?: number } = {}): MailWorker {
  const made = new MailWorker(graph, {
    ...options,
    site,
    transport: smtpTransport(smtp.url, 'Kobling <noreply@kobling.test>'),
    now: () => clock,
    pollMs: 0,
    retryDelayMs: () => 1_000,
    maxAttempts: 3,
  });
  workers.push(made);
  return made;
}

let counter = 0;
async function queue<K extends MailKind>(
  kind: K,
  data: MailData<K>,
  fields: Partial<MailMessageRow> = {},
): Promise<MailMessageRow> {
  counter += 1;
  const row: MailMessageRow = {
    id: uuidv7(clock),
    kind,
    toAddress: `reader${counter}-${Math.random().toString(36).slice(2, 8)}@example.test`,
    userId: null,
    language: 'en',
    data: JSON.stringify(data),
    status: 'QUEUED',
    attempts: 0,
    nextAttemptAt: clock,
    lastError: null,
    createdAt: clock,
    sentAt: null,
    transport: null,
    ...fields,
  };
  await graph.runner.write((tx) => graph.mail.enqueue(tx, row));
  return row;
}

/** An account to mail, with a confirmed address. */
async function recipient(fields: Partial<UserRow>): Promise<string> {
  const id = uuidv7(clock);
  await graph.runner.write((tx) =>
    graph.accounts.users.create(tx, {
      id,
      email: `user-${id}@example.test`,
      passwordHash: 'x',
      name: 'Kari',
      isAdmin: false,
      createdAt: clock,
      emailVerifiedAt: clock,
      language: 'nb',
      mailOptOut: null,
      ...fields,
    }),
  );
  return id;
}

const stored = async (id: string) => graph.mail.messages.require(graph.runner, id);
const deliveries = (row: MailMessageRow) =>
  smtp.received.filter((m) => m.messageId === messageIdOf(row.id)).length;

describe('the mail worker, through a real SMTP server', () => {
  it('sends a queued notification as text and HTML, in its language, with the unsubscribe headers', async () => {
    const userId = await recipient({});
    const row = await queue(
      'INTRODUCTION_ANSWERED',
      {
        fromActor: 'Fjordsensor AS',
        toActor: 'NTNU VISTA',
        accepted: true,
        contactName: 'Rita',
        contactEmail: 'rita@example.test',
      },
      { userId, language: 'nb' },
    );
    expect(await worker().runOnce()).toMatchObject({ sent: 1 });
    const mail = await smtp.waitFor((m) => m.messageId === messageIdOf(row.id));
    expect(mail.to).toBe(row.toAddress);
    expect(mail.subject).toBe('NTNU VISTA sa ja til introduksjonen');
    expect(mail.text).toContain('Ta kontakt med Rita: rita@example.test');
    expect(mail.html).toContain('<html');
    expect(mail.html).toContain('sa ja til introduksjonen');
    expect(mail.headers['list-unsubscribe']).toMatch(
      new RegExp(`^<https://kobling\\.test/unsubscribe\\?u=${userId}&t=INTRODUCTIONS&s=`),
    );
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const after = await stored(row.id);
    expect(after).toMatchObject({ status: 'SENT', attempts: 1, transport: 'smtp', data: '' });
  });

  it('a refused recipient is a bounce: marked BOUNCED with the reason, never tried again', async () => {
    const row = await queue('SIGN_UP_EXISTING', {});
    smtp.refused.add(row.toAddress);
    expect(await worker().runOnce()).toMatchObject({ bounced: 1, sent: 0 });
    const after = await stored(row.id);
    expect(after.status).toBe('BOUNCED');
    expect(after.lastError).toMatch(/550/);
    clock += 60_000;
    expect(await worker().runOnce()).toMatchObject({ bounced: 0, sent: 0 });
    expect(deliveries(row)).toBe(0);
  });

  it('a relay that cannot be reached is tried again later, then FAILED after the last attempt', async () => {
    const row = await queue('SIGN_UP_EXISTING', {});
    await smtp.stop();
    try {
      expect(await worker().runOnce()).toMatchObject({ retried: 1 });
      const first = await stored(row.id);
      expect(first).toMatchObject({ status: 'QUEUED', attempts: 1, nextAttemptAt: clock + 1_000 });
      expect(first.lastError).toMatch(/ECONNREFUSED|connect/i);
      // Not due before its retry time.
      expect(await worker().runOnce()).toMatchObject({ retried: 0 });
      clock += 1_000;
      expect(await worker().runOnce()).toMatchObject({ retried: 1 });
      clock += 1_000;
      expect(await worker().runOnce()).toMatchObject({ failed: 1 });
      expect((await stored(row.id)).status).toBe('FAILED');
    } finally {
      await smtp.start();
    }
  });

  it('a relay stopped mid-send loses nothing and sends nothing twice', async () => {
    const rows = [];
    for (let i = 0; i < 6; i += 1) rows.push(await queue('SIGN_UP_EXISTING', {}));
    // One send at a time: the server holds the third message's DATA unanswered and is stopped
    // then, so the cut falls mid-send and never between a 250 and its arrival at the sender (a
    // window no sender can close: there the same Message-ID would arrive twice).
    const held = smtp.holdAfter(2);
    const sending = worker({ concurrency: 1 }).runOnce();
    await held;
    await smtp.stop();
    let first;
    try {
      first = await sending;
    } finally {
      await smtp.start();
    }
    expect(first).toMatchObject({ sent: 2, retried: 4 });
    clock += 1_000;
    const second = await worker().runOnce();
    expect(first.sent + second.sent).toBe(6);
    for (const row of rows) {
      expect(deliveries(row)).toBe(1);
      expect((await stored(row.id)).status).toBe('SENT');
    }
  });

  it('a notification the recipient turned off before it went is dropped, not sent', async () => {
    const userId = await recipient({ language: 'en', mailOptOut: ['CLAIMS'] });
    const row = await queue(
      'CLAIM_APPROVED',
      { actor: 'Fjordsensor AS', actorPath: '/actors/x' },
      {
        userId,
      },
    );
    expect(await worker().runOnce()).toMatchObject({ dropped: 1 });
    expect((await stored(row.id)).status).toBe('DROPPED');
    expect(deliveries(row)).toBe(0);
  });

  it('a message queued twice under one idempotency key is sent once', async () => {
    const row = await queue('SIGN_UP_EXISTING', {}, { id: `digest:test:${counter}` });
    expect(await graph.runner.write((tx) => graph.mail.enqueue(tx, row))).toBe(false);
    await Promise.all([worker().runOnce(), worker().runOnce()]);
    expect(deliveries(row)).toBe(1);
  });
});
