import { storeCreatedAt } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { createIndexer, outboxDocumentId, reconcile, toSearchDocument } from '@kobling/search';
import type {
  Indexer,
  IndexerOptions,
  OutboxEvent,
  OutboxSource,
  ProjectionSource,
  ReconcileReport,
  SearchDocument,
  SearchIndex,
} from '@kobling/search';
import { withDependents } from './dependents.ts';
import type { EntityRef } from './dependents.ts';
import { FEED_LAG_MS, POSITION_EVERY_MS, changesSince } from './feed-position.ts';
import type { FeedPosition } from './feed-position.ts';
import { SEARCHABLE, loadSearchableRows } from './searchable-rows.ts';
import type { SearchableLabel } from './searchable-rows.ts';

const PAGE = 500;

const isSearchable = (label: string): label is SearchableLabel =>
  (SEARCHABLE as readonly string[]).includes(label);

/**
 * The current documents of these entities, keyed by search document id; null = not searchable.
 * For changes (`changed: true`), also the documents that show their facts (dependents.ts), read
 * in the same transaction.
 */
async function documentsFor(
  graph: Graph,
  entities: readonly EntityRef[],
  options: { changed: boolean },
): Promise<Map<string, SearchDocument | null>> {
  const documents = new Map<string, SearchDocument | null>();
  await graph.runner.read(async (tx) => {
    const idsByLabel = new Map<SearchableLabel, Set<string>>();
    for (const { entity, entityId } of options.changed
      ? await withDependents(graph, tx, entities)
      : entities) {
      if (!isSearchable(entity)) continue;
      idsByLabel.set(entity, (idsByLabel.get(entity) ?? new Set()).add(entityId));
    }
    for (const [label, ids] of idsByLabel) {
      for (const id of ids) {
        const key = outboxDocumentId({ entity: label, entityId: id });
        if (key) documents.set(key, null);
      }
      for (const row of await loadSearchableRows(graph, tx, label, [...ids])) {
        const document = toSearchDocument(row);
        const key = outboxDocumentId({ entity: label, entityId: row.row.id });
        if (key) documents.set(key, document);
      }
    }
  });
  return documents;
}

/** The graph's outbox as the indexer reads it. */
export function graphOutboxSource(graph: Graph): OutboxSource {
  return {
    async claimBatch(limit, now) {
      const due = await graph.outbox.due(now, limit);
      return due.map((e): OutboxEvent => ({
        id: e.id,
        entity: e.entity,
        entityId: e.entityId,
        op: e.op,
        createdAt: e.createdAt,
        attempts: e.attempts,
      }));
    },
    markDone: (ids, now) => graph.outbox.markDone(ids, now),
    markFailed: (id, error, nextAttemptAt) => graph.outbox.markFailed(id, error, nextAttemptAt),
    // An event re-indexes its own document and those that show its facts (dependents.ts).
    loadDocuments: (events) => documentsFor(graph, events, { changed: true }),
    pendingStats: (now) => graph.outbox.pendingStats(now),
    purgeDone: (now) => graph.outbox.purgeDone(now),
  };
}

/** Every searchable entity of the graph, label by label, a page at a time. */
export async function* allDocuments(graph: Graph): AsyncGenerator<SearchDocument> {
  for (const label of SEARCHABLE) {
    const store = {
      Topic: graph.topics.nodes,
      Cluster: graph.clusters.nodes,
      Actor: graph.actors.nodes,
      Person: graph.people.nodes,
      Technology: graph.technologies.nodes,
      Opportunity: graph.opportunities.nodes,
    }[label];
    let after = '';
    for (;;) {
      const keys = await graph.runner.read((tx) => store.keysAfter(tx, after, PAGE));
      if (keys.length === 0) break;
      const documents = await documentsFor(
        graph,
        keys.map((entityId) => ({ entity: label, entityId })),
        { changed: false },
      );
      for (const document of documents.values()) if (document) yield document;
      after = keys[keys.length - 1]!;
    }
  }
}

/** What the graph says the index should hold, for the reconciler. */
export function graphProjection(graph: Graph): ProjectionSource {
  return {
    async projection() {
      const ids = new Map<string, number>();
      for await (const document of allDocuments(graph)) ids.set(document.id, document.updatedAt);
      return ids;
    },
    async loadDocuments(ids) {
      const entities = ids.flatMap((id) => {
        const [type, ...rest] = id.split(':');
        const label = SEARCHABLE.find((l) => l.toLowerCase() === type);
        return label ? [{ entity: label, entityId: rest.join(':') }] : [];
      });
      return documentsFor(graph, entities, { changed: false });
    },
  };
}

/** The graph's search projection kept current: the outbox indexer, reindex and repair. */
export interface SearchSync {
  readonly index: SearchIndex;
  readonly indexer: Indexer;
  /**
   * Builds a fresh index from the graph and swaps it in; the outbox is drained first and after.
   * `onDocument` hears the running count of documents read.
   */
  reindex(onDocument?: (documents: number) => void): Promise<{ documents: number }>;
  /**
   * Brings a durable index up to date from its feed position: the entities changed since are
   * applied, or the index is rebuilt when it has no position, is further behind than the feed
   * reaches, or the feed announces a rebuild. Without a feed position: a rebuild.
   */
  catchUp(): Promise<CatchUpReport>;
  /** Compares graph and index and repairs the difference. */
  repair(): Promise<ReconcileReport>;
}

export type CatchUpReport =
  | { readonly rebuilt: true; readonly documents: number }
  | { readonly rebuilt: false; readonly applied: number; readonly documents: number };

/** Builds a fresh index from the graph and swaps it in; returns the documents it holds. */
async function rebuildFrom(
  graph: Graph,
  index: SearchIndex,
  onDocument?: (documents: number) => void,
): Promise<number> {
  let documents = 0;
  async function* counted() {
    for await (const document of allDocuments(graph)) {
      documents += 1;
      onDocument?.(documents);
      yield document;
    }
  }
  await index.rebuild(counted());
  return documents;
}

export interface SearchSyncOptions extends IndexerOptions {
  /** A durable index's position in the change feed: it is caught up instead of rebuilt. */
  readonly position?: FeedPosition;
}

/**
 * A REBUILD event (a bulk load or register import wrote rows without an event each) rebuilds
 * the index from the graph: the rows it announces reach search no other way.
 */
export function createSearchSync(
  graph: Graph,
  index: SearchIndex,
  options: SearchSyncOptions = {},
): SearchSync {
  const { position, ...indexerOptions } = options;
  const now = indexerOptions.now ?? Date.now;
  /** The store's identity, read once: a position of another store at the same path is void. */
  let store: Promise<number | null> | null = null;
  const storeId = () => (store ??= storeCreatedAt(graph.runner));
  const record = async (at: number) =>
    position?.recordFeedPosition({ at: at - FEED_LAG_MS, storeCreatedAt: await storeId() });

  /** A rebuild, recording the position it stands for (it read the store after it began). */
  async function rebuild(onDocument?: (documents: number) => void): Promise<number> {
    const startedAt = now();
    const documents = await rebuildFrom(graph, index, onDocument);
    await record(startedAt);
    return documents;
  }

  const source = graphOutboxSource(graph);
  let recordedAt = 0;
  const indexer = createIndexer(
    position
      ? {
          ...source,
          // An empty claim means every event created before it is applied or still pending
          // (and so claimed later): the position may move up to it.
          async claimBatch(limit, at) {
            const events = await source.claimBatch(limit, at);
            if (events.length === 0 && at - recordedAt >= POSITION_EVERY_MS) {
              recordedAt = at;
              await record(at);
            }
            return events;
          },
        }
      : source,
    index,
    {
      ...indexerOptions,
      rebuild: async () => {
        await rebuild();
      },
    },
  );
  return {
    index,
    indexer,
    async reindex(onDocument) {
      await indexer.drain();
      const documents = await rebuild(onDocument);
      await indexer.drain();
      return { documents };
    },
    async catchUp() {
      const mark = position ? await position.feedPosition() : null;
      const startedAt = now();
      const changes =
        mark === null || mark.storeCreatedAt !== (await storeId())
          ? 'rebuild'
          : await changesSince(graph, mark.at, startedAt);
      if (!position || changes === 'rebuild') {
        const documents = await rebuild();
        return { rebuilt: true, documents };
      }
      const documents = await documentsFor(graph, changes, { changed: true });
      const upserts: SearchDocument[] = [];
      const deletes: string[] = [];
      for (const [id, document] of documents) {
        if (document) upserts.push(document);
        else deletes.push(id);
      }
      await index.upsert(upserts);
      await index.delete(deletes);
      await record(startedAt);
      return { rebuilt: false, applied: documents.size, documents: await index.count() };
    },
    repair: () => reconcile(index, graphProjection(graph)),
  };
}
