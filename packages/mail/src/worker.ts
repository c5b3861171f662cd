import { MAIL_KIND_TOPIC } from '@kobling/domain';
import type { Graph, MailMessageRow } from '@kobling/graph';
import { renderMail } from './render.ts';
import type { MailSite } from './render.ts';
import { MailSendError } from './transport.ts';
import type { MailTransport } from './transport.ts';

export interface MailWorkerOptions {
  readonly site: MailSite;
  readonly transport: MailTransport;
  /** Epoch ms; tests move it. */
  readonly now?: () => number;
  /** How often the queue is looked at (ms); 0: only when runOnce is called. */
  readonly pollMs?: number;
  /** Messages taken per look. */
  readonly batch?: number;
  /** Messages sent side by side (the SMTP pool has as many connections). */
  readonly concurrency?: number;
  /** How long a claimed message is left to its worker before another may try it (ms). */
  readonly leaseMs?: number;
  /** Attempts before a message that keeps failing (not a bounce) is FAILED. */
  readonly maxAttempts?: number;
  /** The wait before attempt n + 1 after n failed ones (ms). */
  readonly retryDelayMs?: (attempts: number) => number;
}

export interface MailWorkerStatus {
  readonly transport: 'smtp' | 'mailbox';
  readonly lastSuccessAt: number | null;
  readonly lastError: string | null;
  readonly lastErrorAt: number | null;
}

export interface MailRunSummary {
  sent: number;
  retried: number;
  bounced: number;
  failed: number;
  dropped: number;
}

/** 10 s, 20 s, 40 s … capped at an hour: ten attempts span about three hours. */
export const defaultRetryDelay = (attempts: number) =>
  Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempts - 1));

/**
 * Sends the queued mail (the MailMessage queue, written in the transactions of the events).
 * Each message is claimed in a write transaction before it is sent (so two workers, or two
 * instances, never send it both) and marked after the relay accepted it. A worker that stops
 * between the relay's acceptance and the mark leaves the message to be sent again after its
 * lease: at-least-once at that boundary, with the message's id as its Message-ID so a receiver
 * can tell the repeat. Everything else, a refused connection, a relay gone mid-send, a 4xx, is
 * tried again with growing delays; a 5xx is a bounce and stops there.
 */
export class MailWorker {
  private readonly graph: Graph;
  private readonly site: MailSite;
  private readonly transport: MailTransport;
  private readonly now: () => number;
  private readonly pollMs: number;
  private readonly batch: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: (attempts: number) => number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<MailRunSummary> | null = null;
  private stopped = false;
  private state: {
    lastSuccessAt: number | null;
    lastError: string | null;
    lastErrorAt: number | null;
  } = { lastSuccessAt: null, lastError: null, lastErrorAt: null };

  constructor(graph: Graph, options: MailWorkerOptions) {
    this.graph = graph;
    this.site = options.site;
    this.transport = options.transport;
    this.now = options.now ?? Date.now;
    this.pollMs = options.pollMs ?? 250;
    this.batch = options.batch ?? 20;
    this.concurrency = options.concurrency ?? 3;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.retryDelayMs = options.retryDelayMs ?? defaultRetryDelay;
  }

  start(): this {
    if (this.pollMs > 0) this.schedule();
    return this;
  }

  status(): MailWorkerStatus {
    return { transport: this.transport.name, ...this.state };
  }

  /** Sends what is due now, batch after batch, until nothing is; concurrent calls share a run. */
  runOnce(): Promise<MailRunSummary> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    this.transport.close();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((error: unknown) => this.noteError(error))
        .finally(() => this.schedule());
    }, this.pollMs);
    this.timer.unref();
  }

  private noteError(error: unknown): void {
    this.state.lastError = error instanceof Error ? error.message : String(error);
    this.state.lastErrorAt = this.now();
  }

  private async drain(): Promise<MailRunSummary> {
    const summary: MailRunSummary = { sent: 0, retried: 0, bounced: 0, failed: 0, dropped: 0 };
    for (;;) {
      if (this.stopped) return summary;
      const due = await this.graph.mail.due(this.graph.runner, this.now(), this.batch);
      if (due.length === 0) return summary;
      let next = 0;
      const lane = async () => {
        while (next < due.length && !this.stopped) {
          const message = due[next++]!;
          const outcome = await this.deliver(message.id);
          if (outcome) summary[outcome] += 1;
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, lane));
    }
  }

  /** One attempt at one message; null when another worker had taken it. */
  private async deliver(id: string): Promise<keyof MailRunSummary | null> {
    const { graph } = this;
    const now = this.now();
    const message = await graph.runner.write((tx) =>
      graph.mail.claim(tx, id, now, now + this.leaseMs),
    );
    if (!message) return null;
    const unwanted = await this.unwanted(message);
    if (unwanted) {
      await graph.runner.write((tx) => graph.mail.markGivenUp(tx, id, 'DROPPED', unwanted));
      return 'dropped';
    }
    try {
      await this.transport.send(await renderMail(this.site, message));
    } catch (error) {
      return this.failed(message, error);
    }
    await graph.runner.write((tx) => graph.mail.markSent(tx, id, this.now(), this.transport.name));
    this.state.lastSuccessAt = this.now();
    return 'sent';
  }

  /** Why a notification is no longer wanted (the account is gone, the group turned off). */
  private async unwanted(message: MailMessageRow): Promise<string | null> {
    const topic = MAIL_KIND_TOPIC[message.kind];
    if (message.userId === null) return null;
    const recipient = await this.graph.mail.recipient(this.graph.runner, message.userId);
    if (!recipient) return 'The account no longer exists';
    if (topic !== null && (recipient.mailOptOut ?? []).includes(topic)) {
      return `The recipient turned off ${topic}`;
    }
    return null;
  }

  private async failed(
    message: MailMessageRow,
    error: unknown,
  ): Promise<'bounced' | 'failed' | 'retried'> {
    const { graph } = this;
    const reason = error instanceof Error ? error.message : String(error);
    this.noteError(error);
    // A bad template value, or a relay's 5xx, will not get better by trying again.
    const permanent = !(error instanceof MailSendError) || error.permanent;
    if (permanent || message.attempts >= this.maxAttempts) {
      const status = error instanceof MailSendError && error.permanent ? 'BOUNCED' : 'FAILED';
      await graph.runner.write((tx) => graph.mail.markGivenUp(tx, message.id, status, reason));
      return status === 'BOUNCED' ? 'bounced' : 'failed';
    }
    const retryAt = this.now() + this.retryDelayMs(message.attempts);
    await graph.runner.write((tx) => graph.mail.markRetry(tx, message.id, reason, retryAt));
    return 'retried';
  }
}
