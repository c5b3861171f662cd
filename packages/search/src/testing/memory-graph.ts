import type { SearchDocument } from '../document.ts';
import type { SearchableRow } from '../documents/to-search-document.ts';
import { toSearchDocument } from '../documents/to-search-document.ts';
import type { OutboxEvent, OutboxSource } from '../indexer.ts';
import { outboxDocumentId } from '../indexer.ts';
import type { ProjectionSource } from '../reconciler.ts';

interface StoredEvent {
  event: OutboxEvent;
  nextAttemptAt: number;
  doneAt: number;
  lastError: string | null;
}

/**
 * A stand-in for the graph in this package's own tests: searchable rows plus an outbox written
 * with every change, as packages/graph does in one transaction. It is the reference projection
 * the index must converge to.
 */
export interface MemoryGraph {
  write(tagged: SearchableRow): void;
  remove(label: SearchableRow['label'], entityId: string): void;
  readonly outbox: OutboxSource;
  readonly projectionSource: ProjectionSource;
  /** Id → updatedAt of every document that should be searchable now. */
  projection(): Map<string, number>;
  documents(): SearchDocument[];
  eventsOf(entityId: string): readonly StoredEvent[];
}

export function createMemoryGraph(options: { now: () => number; leaseMs?: number }): MemoryGraph {
  const leaseMs = options.leaseMs ?? 30_000;
  const rows = new Map<string, SearchableRow>();
  const events = new Map<string, StoredEvent>();
  let sequence = 0;

  function docIdOf(label: string, entityId: string): string {
    const id = outboxDocumentId({ entity: label, entityId });
    if (!id) throw new Error(`${label} is not searchable`);
    return id;
  }

  function append(label: string, entityId: string, op: OutboxEvent['op']) {
    sequence += 1;
    const id = `evt-${sequence.toString().padStart(9, '0')}`;
    const createdAt = options.now();
    events.set(id, {
      event: { id, entity: label, entityId, op, createdAt, attempts: 0 },
      nextAttemptAt: createdAt,
      doneAt: 0,
      lastError: null,
    });
  }

  function documentOf(docId: string): SearchDocument | null {
    const tagged = rows.get(docId);
    return tagged ? toSearchDocument(tagged) : null;
  }

  function documents(): SearchDocument[] {
    return [...rows.keys()].flatMap((id) => documentOf(id) ?? []);
  }

  const outbox: OutboxSource = {
    async claimBatch(limit, now) {
      const due = [...events.values()]
        .filter((e) => e.doneAt === 0 && e.nextAttemptAt <= now)
        .sort((a, b) => a.event.id.localeCompare(b.event.id))
        .slice(0, limit);
      for (const e of due) e.nextAttemptAt = now + leaseMs;
      return due.map((e) => e.event);
    },
    async markDone(ids, now) {
      for (const id of ids) {
        const e = events.get(id);
        if (e) e.doneAt = now;
      }
    },
    async markFailed(id, error, nextAttemptAt) {
      const e = events.get(id);
      if (!e) return;
      e.event = { ...e.event, attempts: e.event.attempts + 1 };
      e.lastError = error;
      e.nextAttemptAt = nextAttemptAt;
    },
    async loadDocuments(batch) {
      const out = new Map<string, SearchDocument | null>();
      for (const event of batch) {
        const id = outboxDocumentId(event);
        if (id) out.set(id, documentOf(id));
      }
      return out;
    },
    async pendingStats(now) {
      const pending = [...events.values()].filter((e) => e.doneAt === 0);
      const oldest = Math.min(...pending.map((e) => e.event.createdAt));
      return { pending: pending.length, oldestAgeMs: pending.length > 0 ? now - oldest : null };
    },
  };

  return {
    write(tagged) {
      rows.set(docIdOf(tagged.label, tagged.row.id), tagged);
      append(tagged.label, tagged.row.id, 'UPSERT');
    },
    remove(label, entityId) {
      rows.delete(docIdOf(label, entityId));
      append(label, entityId, 'DELETE');
    },
    outbox,
    projectionSource: {
      async projection() {
        return new Map(documents().map((d) => [d.id, d.updatedAt]));
      },
      async loadDocuments(ids) {
        return new Map(ids.map((id) => [id, documentOf(id)]));
      },
    },
    projection: () => new Map(documents().map((d) => [d.id, d.updatedAt])),
    documents,
    eventsOf: (entityId) => [...events.values()].filter((e) => e.event.entityId === entityId),
  };
}
