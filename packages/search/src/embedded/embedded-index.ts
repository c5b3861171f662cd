import type { SearchDocument } from '../document.ts';
import type { SearchHit, SearchIndex, SearchRequest, SearchResult, Suggestion } from '../port.ts';
import { createSerialQueue } from '../serial.ts';
import { isStopWord, namesNothing } from '../stop-words.ts';
import { highlightWords, tokenize } from '../text.ts';
import { openDocumentStore } from './document-store.ts';
import type { DocumentStore, FeedMark, StoredDocument } from './document-store.ts';
import { MemoryIndex } from './memory-index.ts';
import { decodeSnapshot, encodeSnapshot } from './snapshot.ts';
import { completions, expandQuery, matchesLookup, score, want, weights, wordBit } from './query.ts';
import type { Lookup, WeightedWords } from './query.ts';
import { documentTerms, textFields } from './terms.ts';
import { topScored } from './top-k.ts';

/**
 * The embedded search index, the default (decision 0006): documents and the change-feed
 * position in a SQLite file beside the graph, so the index survives a restart; queries answered
 * from in-memory structures, opened from their snapshot in that file and brought up to date with
 * the documents written since (or built from the documents when the snapshot cannot be used).
 */

export interface EmbeddedSearchIndexOptions {
  /** The SQLite file; absent: in memory only (tests). */
  readonly path?: string;
  /** Documents written per transaction during a rebuild. */
  readonly batchSize?: number;
}

/** How the in-memory index was opened. */
export interface Opening {
  readonly from: 'snapshot' | 'documents';
  /** Documents written or deleted after the snapshot, applied on top of it. */
  readonly changesApplied: number;
  /** Why the snapshot was not used, when there was one. */
  readonly snapshotUnusable?: string;
}

/** The embedded index also keeps where it stands in the graph's change feed. */
export interface EmbeddedSearchIndex extends SearchIndex {
  readonly opening: Opening;
  /**
   * Every change the store's feed recorded before `at` is in the index, or was still pending in
   * the outbox when the mark was recorded; null for a new or emptied index.
   */
  feedPosition(): Promise<FeedMark | null>;
  recordFeedPosition(mark: FeedMark): Promise<void>;
}

const allFields = textFields.map((_, i) => i);
const titleOnly = [textFields.indexOf('title')];

/**
 * Documents changed since the snapshot past which it is written again (when the indexer finds
 * the outbox drained): opening then applies at most about this many on top of it.
 */
const snapshotAfter = (documents: number) => Math.max(1_000, documents / 20);

/** The snapshot and the changes since, or every document when the snapshot cannot be used. */
function openIndex(store: DocumentStore): { index: MemoryIndex; opening: Opening } {
  const stored = store.readSnapshot();
  let snapshotUnusable: string | undefined;
  if (stored) {
    try {
      const { state, generation } = decodeSnapshot(stored);
      if (generation > store.generation()) throw new Error('it is newer than the documents');
      const index = MemoryIndex.fromState(state);
      const { upserts, deletes } = store.changesSince(generation);
      for (const id of deletes) index.remove(id);
      for (const { doc, terms } of upserts) index.put(doc, terms);
      if (index.size !== store.count()) throw new Error('it does not match the documents');
      return {
        index,
        opening: { from: 'snapshot', changesApplied: upserts.length + deletes.length },
      };
    } catch (error) {
      // Any snapshot that does not read back whole is only a lost shortcut: the documents are
      // the truth, and the index is built from them as before snapshots existed.
      snapshotUnusable = error instanceof Error ? error.message : String(error);
    }
  }
  const index = new MemoryIndex();
  for (const { doc, terms } of store.all()) index.put(doc, terms);
  return {
    index,
    opening: {
      from: 'documents',
      changesApplied: 0,
      ...(snapshotUnusable === undefined ? {} : { snapshotUnusable }),
    },
  };
}

export function createEmbeddedSearchIndex(
  options: EmbeddedSearchIndexOptions = {},
): EmbeddedSearchIndex {
  const batchSize = options.batchSize ?? 5000;
  const store = openDocumentStore(options.path ?? ':memory:');
  const opened = openIndex(store);
  let live = opened.index;
  /** The index a rebuild is filling; writes go to it too so the swap loses none. */
  let building: MemoryIndex | null = null;
  const serial = createSerialQueue();
  /** An index in memory only has no use for a snapshot. */
  const keepsSnapshots = options.path !== undefined;
  /** Documents written or deleted since the snapshot (all of them when it was not used). */
  let sinceSnapshot =
    opened.opening.from === 'snapshot' ? opened.opening.changesApplied : live.size;

  /** Writes the live index's snapshot when enough changed; in the serial queue. */
  function snapshot(threshold: number) {
    if (!keepsSnapshots || building || sinceSnapshot < threshold) return;
    store.writeSnapshot(encodeSnapshot(live.state(), store.generation()), store.generation());
    sinceSnapshot = 0;
  }

  const withTerms = (docs: readonly SearchDocument[]): StoredDocument[] =>
    docs.map((doc) => ({ doc, terms: documentTerms(doc) }));

  function apply(upserts: readonly StoredDocument[], deletes: readonly string[]) {
    store.write(upserts, deletes);
    sinceSnapshot += upserts.length + deletes.length;
    for (const target of building ? [live, building] : [live]) {
      for (const { doc, terms } of upserts) target.put(doc, terms);
      for (const id of deletes) target.remove(id);
    }
  }

  async function runSearch(request: SearchRequest): Promise<SearchResult> {
    const index = live;
    const filtered = index.filtered(request.types, request.filters);
    const hasQuery = tokenize(request.query).length > 0;
    const lookup: Lookup = hasQuery
      ? expandQuery(index, request.query)
      : { words: new Map(), stems: new Map() };
    const wanted = request.offset + request.limit;

    let matches: number[];
    let page: number[];
    if (hasQuery) {
      const { matched, scores } = score(index, lookup, allFields, filtered?.mask ?? null);
      matches = matched;
      page = request.sort
        ? index.sortByField(matched, request.sort).slice(request.offset, wanted)
        : topScored(matched, scores, wanted).slice(request.offset);
    } else {
      // Every document passing the filters, in insertion order unless sorted.
      matches = [];
      index.rows.forEach((row, n) => {
        if (row && (!filtered || filtered.mask[n] === 1)) matches.push(n);
      });
      page = (request.sort ? index.sortByField(matches, request.sort) : matches).slice(
        request.offset,
        wanted,
      );
    }
    const total = matches.length;

    const isMatch = (word: string) => matchesLookup(lookup, word);
    const hits: SearchHit[] = page.flatMap((n) => {
      const document = index.rows[n]?.doc;
      if (!document) return [];
      return [
        {
          document,
          highlights: {
            title: highlightWords(document.title, isMatch),
            body: highlightWords(document.body, isMatch),
          },
        },
      ];
    });
    const facets =
      request.facets && request.facets.length > 0 ? index.countFacets(matches, request.facets) : {};
    return { hits, total, facets };
  }

  return {
    opening: opened.opening,

    async applySettings() {
      // The settings are the field weights and the synonym table in code: nothing to apply.
    },

    upsert(docs) {
      return serial(async () => {
        if (docs.length === 0) return;
        // The last version of an id in one batch wins, as in Meilisearch.
        apply(withTerms([...new Map(docs.map((d) => [d.id, d])).values()]), []);
      });
    },

    delete(ids) {
      return serial(async () => {
        if (ids.length === 0) return;
        apply([], [...new Set(ids)]);
      });
    },

    search: runSearch,

    async autocomplete(prefix, limit) {
      const tokens = tokenize(prefix);
      const last = tokens.at(-1);
      if (last === undefined || namesNothing(prefix) || limit <= 0) return [];
      const index = live;
      const words: WeightedWords = new Map();
      tokens.slice(0, -1).forEach((token, position) => {
        if (!isStopWord(token)) want(words, token, weights.typed, wordBit(position));
      });
      const lastBit = wordBit(tokens.length - 1);
      for (const word of completions(index, last, 30)) {
        want(words, word, word === last ? weights.typed : weights.prefix, lastBit);
      }
      const { matched, scores } = score(index, { words, stems: new Map() }, titleOnly, null);
      // Titles that start with the typed text first, then by score.
      const typed = tokens.join(' ');
      const candidates = topScored(matched, scores, limit * 4).flatMap((n) => {
        const doc = index.rows[n]?.doc;
        return doc ? [{ doc, starts: tokenize(doc.title).join(' ').startsWith(typed) }] : [];
      });
      return candidates
        .map((c, i) => ({ ...c, i }))
        .sort((a, b) => Number(b.starts) - Number(a.starts) || a.i - b.i)
        .slice(0, limit)
        .map(({ doc }): Suggestion => ({
          id: doc.id,
          type: doc.type,
          entityId: doc.entityId,
          title: doc.title,
          ...(doc.slug === undefined ? {} : { slug: doc.slug }),
        }));
    },

    async count() {
      return live.size;
    },

    async allIds() {
      return new Map([...live.documents()].map((d) => [d.id, d.updatedAt]));
    },

    async rebuild(source) {
      const next = new MemoryIndex();
      await serial(async () => {
        store.startRebuild();
        building = next;
      });
      try {
        let batch: SearchDocument[] = [];
        const flush = (chunk: SearchDocument[]) =>
          serial(async () => {
            const stored = withTerms(chunk);
            store.writeRebuild(stored);
            for (const { doc, terms } of stored) next.put(doc, terms);
          });
        for await (const doc of source) {
          batch.push(doc);
          if (batch.length >= batchSize) {
            await flush(batch);
            batch = [];
          }
        }
        await flush(batch);
        await serial(async () => {
          store.finishRebuild();
          live = next;
          building = null;
          sinceSnapshot = live.size;
          snapshot(1);
        });
      } catch (error) {
        await serial(async () => {
          store.abortRebuild();
          building = null;
        });
        throw error;
      }
    },

    async feedPosition() {
      return store.position();
    },

    recordFeedPosition(mark) {
      return serial(async () => {
        store.recordPosition(mark);
        // The indexer records a position when it finds the outbox drained: a quiet moment.
        snapshot(snapshotAfter(live.size));
      });
    },

    async close() {
      await serial(async () => {
        snapshot(1);
        live = new MemoryIndex();
        building = null;
        store.close();
      });
    },
  };
}
