import type { OutboxOp } from '@kobling/domain';
import type { SearchDocument, SearchDocumentType } from './document.ts';
import { searchDocumentId } from './document.ts';
import type { SearchIndex } from './port.ts';

/**
 * A change to an entity of the graph, written in the same transaction as the change; or REBUILD
 * (entity "Graph"), written by a bulk load or import instead of an event per row.
 */
export interface OutboxEvent {
  /** UUIDv7: ordered by creation. */
  readonly id: string;
  /** Label of the changed entity ("Actor", "Person", …); most are not searchable. */
  readonly entity: string;
  readonly entityId: string;
  readonly op: OutboxOp | 'REBUILD';
  readonly createdAt: number;
  /** Failed attempts so far. */
  readonly attempts: number;
}

/**
 * Where the indexer gets its work: the outbox in the graph (implemented in packages/graph).
 */
export interface OutboxSource {
  /**
   * Up to `limit` pending events (not done, `nextAttemptAt <= now`), oldest first. An
   * implementation shared by several indexers should lease them (push `nextAttemptAt` ahead).
   */
  claimBatch(limit: number, now: number): Promise<OutboxEvent[]>;
  /** The events were applied and the index confirmed them. */
  markDone(ids: readonly string[], now: number): Promise<void>;
  /** The event failed: count the attempt, keep the error, retry not before `nextAttemptAt`. */
  markFailed(id: string, error: string, nextAttemptAt: number): Promise<void>;
  /**
   * The current document of each event's entity, keyed by `outboxDocumentId(event)`: the
   * document, or null when the entity is gone or must not be searchable (an unlisted person, a
   * private or closed opportunity). A missing key counts as null. It may add the documents that
   * show facts of an event's entity (an actor's, for an edited project): every entry is applied.
   */
  loadDocuments(events: readonly OutboxEvent[]): Promise<Map<string, SearchDocument | null>>;
  pendingStats(now: number): Promise<{ pending: number; oldestAgeMs: number | null }>;
  /**
   * Deletes done events older than the outbox's retention (other followers read them by cursor
   * meanwhile); the indexer's loop calls it at most once per PURGE_INTERVAL_MS.
   */
  purgeDone?(now: number): Promise<number>;
}

/** How often the indexer's loop purges done events: the purge scans the outbox. */
export const PURGE_INTERVAL_MS = 60_000;

const typeByLabel: Readonly<Record<string, SearchDocumentType>> = {
  Actor: 'actor',
  Person: 'person',
  Cluster: 'cluster',
  Technology: 'technology',
  Opportunity: 'opportunity',
  Topic: 'topic',
};

/** The search document an event is about, or null for a label that is not searchable. */
export function outboxDocumentId(event: Pick<OutboxEvent, 'entity' | 'entityId'>): string | null {
  const type = typeByLabel[event.entity];
  return type ? searchDocumentId(type, event.entityId) : null;
}

export interface IndexerStatus {
  readonly running: boolean;
  readonly pending: number;
  readonly oldestAgeMs: number | null;
  readonly lastError: string | null;
  readonly lastErrorAt: number | null;
  readonly lastSuccessAt: number | null;
}

export interface BatchOutcome {
  readonly claimed: number;
  readonly upserted: number;
  readonly deleted: number;
  /** Events marked failed (the whole batch when the index refused it). */
  readonly failed: number;
}

export interface IndexerOptions {
  readonly batchSize?: number;
  /** First retry delay; doubles per attempt. */
  readonly baseBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Sleep of the loop when the outbox is empty. */
  readonly idleMs?: number;
  readonly now?: () => number;
  /**
   * Builds the index anew from the source of truth, run when a batch holds a REBUILD event.
   * Without it a REBUILD is marked done and nothing else (whoever bulk-loads rebuilds the index).
   */
  readonly rebuild?: () => Promise<void>;
}

/** Delay before the next attempt after `attempts` failures: exponential, capped. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(maxMs, baseMs * 2 ** Math.min(exponent, 30));
}

export interface Indexer {
  /** Applies one batch. Never throws for a failed write: it marks the events failed. */
  runOnce(): Promise<BatchOutcome>;
  /** Runs batches until the outbox has nothing due or a batch fails. */
  drain(): Promise<BatchOutcome>;
  start(): void;
  /** Stops the loop after the batch in flight. */
  stop(): Promise<void>;
  /** Wakes the loop now (after a write) instead of at the end of its idle sleep. */
  notify(): void;
  status(): Promise<IndexerStatus>;
}

const message = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Drains the outbox into the index: loads the current document of every event's entity,
 * upserts or deletes it (both idempotent), and marks the events done only after the index
 * confirmed the write. Applying the entity's current state, not the event's payload, makes
 * replays and reordering harmless.
 */
export function createIndexer(
  source: OutboxSource,
  index: SearchIndex,
  options: IndexerOptions = {},
): Indexer {
  const batchSize = options.batchSize ?? 500;
  const baseBackoffMs = options.baseBackoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
  const idleMs = options.idleMs ?? 200;
  const now = options.now ?? Date.now;

  let lastError: string | null = null;
  let lastErrorAt: number | null = null;
  let lastSuccessAt: number | null = null;
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  /** A notify that came while a batch ran: the loop goes straight on instead of sleeping. */
  let woken = false;

  async function runOnce(): Promise<BatchOutcome> {
    const events = await source.claimBatch(batchSize, now());
    if (events.length === 0) return { claimed: 0, upserted: 0, deleted: 0, failed: 0 };
    try {
      if (options.rebuild && events.some((e) => e.op === 'REBUILD')) {
        // The rebuild reads the store after every claimed event committed: it covers them all.
        await options.rebuild();
        await source.markDone(
          events.map((e) => e.id),
          now(),
        );
        lastSuccessAt = now();
        return { claimed: events.length, upserted: 0, deleted: 0, failed: 0 };
      }
      // REBUILD is marked done with the rest. Events of labels the index does not hold (a
      // project) still go to the source: documents may show their facts.
      const changes = events.filter((e) => e.op !== 'REBUILD');
      const documents = changes.length > 0 ? await source.loadDocuments(changes) : new Map();
      for (const event of changes) {
        const id = outboxDocumentId(event);
        if (id && !documents.has(id)) documents.set(id, null);
      }
      const upserts: SearchDocument[] = [];
      const deletes: string[] = [];
      for (const [id, doc] of documents) {
        if (doc) upserts.push(doc);
        else deletes.push(id);
      }
      await index.upsert(upserts);
      await index.delete(deletes);
      await source.markDone(
        events.map((e) => e.id),
        now(),
      );
      lastSuccessAt = now();
      return {
        claimed: events.length,
        upserted: upserts.length,
        deleted: deletes.length,
        failed: 0,
      };
    } catch (error) {
      const text = message(error);
      lastError = text;
      lastErrorAt = now();
      for (const event of events) {
        const delay = backoffMs(event.attempts + 1, baseBackoffMs, maxBackoffMs);
        await source.markFailed(event.id, text, now() + delay);
      }
      return { claimed: events.length, upserted: 0, deleted: 0, failed: events.length };
    }
  }

  async function drain(): Promise<BatchOutcome> {
    let total = { claimed: 0, upserted: 0, deleted: 0, failed: 0 };
    for (;;) {
      const outcome = await runOnce();
      total = {
        claimed: total.claimed + outcome.claimed,
        upserted: total.upserted + outcome.upserted,
        deleted: total.deleted + outcome.deleted,
        failed: total.failed + outcome.failed,
      };
      if (outcome.claimed === 0 || outcome.failed > 0) return total;
    }
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  }

  let lastPurgeAt: number | null = null;
  async function purgeWhenDue(): Promise<void> {
    const at = now();
    if (!source.purgeDone || (lastPurgeAt !== null && at - lastPurgeAt < PURGE_INTERVAL_MS)) return;
    lastPurgeAt = at;
    await source.purgeDone(at);
  }

  async function runLoop() {
    while (running) {
      let busy = false;
      woken = false;
      try {
        const outcome = await runOnce();
        busy = outcome.claimed > 0 && outcome.failed === 0;
        await purgeWhenDue();
      } catch (error) {
        // The outbox itself failed (the graph is unavailable): keep it visible and go on.
        lastError = message(error);
        lastErrorAt = now();
      }
      // Straight on to the next batch while there is work; stop() takes effect between batches.
      if (running && !busy && !woken) await sleep(idleMs);
    }
  }

  return {
    runOnce,
    drain,
    start() {
      if (running) return;
      running = true;
      loop = runLoop();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = null;
    },
    notify() {
      woken = true;
      wake?.();
    },
    async status() {
      const stats = await source.pendingStats(now());
      return { running, ...stats, lastError, lastErrorAt, lastSuccessAt };
    },
  };
}
