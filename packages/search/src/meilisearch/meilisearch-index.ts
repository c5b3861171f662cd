import { Meilisearch } from 'meilisearch';
import type { EnqueuedTaskPromise, Index, SearchParams, Task } from 'meilisearch';
import type { SearchDocument } from '../document.ts';
import { tidyFacets } from '../facets.ts';
import type {
  FacetName,
  SearchFilters,
  SearchIndex,
  SearchRequest,
  SearchResult,
  Suggestion,
} from '../port.ts';
import { valueFilters } from '../port.ts';
import { stemsOfWords } from '../stems.ts';
import { namesNothing, withoutStopWords } from '../stop-words.ts';
import { cleanText, markEnd, markStart, sentinelMarksToHtml, tokenize } from '../text.ts';
import { meilisearchSettings, primaryKey, toPrimaryKey } from './settings.ts';

/**
 * A document as Meilisearch stores it: ours plus the encoded primary key and the English and
 * bokmål stems of its text (Meilisearch does not stem; a query word then finds another
 * inflection through the stem, within Meilisearch's typo and prefix rules).
 */
type MeiliDoc = SearchDocument & { [primaryKey]: string; stems: string };

export interface MeilisearchIndexOptions {
  readonly host: string;
  readonly apiKey?: string;
  /** The index searches read; rebuilds swap a fresh index in under this name. */
  readonly indexUid?: string;
  /** Longest wait for one task, ms. */
  readonly taskTimeoutMs?: number;
  /** Task polling interval, ms: the floor of write latency. */
  readonly taskIntervalMs?: number;
  /** Documents sent per request during a rebuild. */
  readonly batchSize?: number;
}

export class MeilisearchTaskError extends Error {
  readonly task: Task;
  constructor(what: string, task: Task) {
    super(
      `Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim(),
    );
    this.name = 'MeilisearchTaskError';
    this.task = task;
  }
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The Meilisearch filter expression for the request's types and filters. */
export function meilisearchFilter(
  types: SearchRequest['types'],
  filters: SearchFilters = {},
): string[] {
  const clauses = valueFilters(types, filters).map(
    ([field, values]) => `${field} IN [${values.map(quote).join(', ')}]`,
  );
  if (filters.trl?.min !== undefined) clauses.push(`trl >= ${Number(filters.trl.min)}`);
  if (filters.trl?.max !== undefined) clauses.push(`trl <= ${Number(filters.trl.max)}`);
  if (filters.isTech !== undefined) clauses.push(`isTech = ${filters.isTech ? 'true' : 'false'}`);
  if (filters.synthetic !== undefined) {
    clauses.push(`synthetic = ${filters.synthetic ? 'true' : 'false'}`);
  }
  return clauses;
}

function toMeiliDoc(doc: SearchDocument): MeiliDoc {
  // Stop words are not searched: stemming them ("looking" → "look") would let them be found.
  const text = withoutStopWords(
    [doc.title, ...doc.topicNames, doc.body, ...(doc.work ?? [])].flatMap(tokenize),
  );
  return {
    ...doc,
    title: cleanText(doc.title),
    body: cleanText(doc.body),
    [primaryKey]: toPrimaryKey(doc.id),
    stems: stemsOfWords(new Set(text)).join(' '),
  };
}

function fromMeiliHit(hit: Record<string, unknown>): SearchDocument {
  const { [primaryKey]: _pk, stems: _s, _formatted: _f, _rankingScore: _r, ...rest } = hit;
  return rest as unknown as SearchDocument;
}

/**
 * The Meilisearch adapter. Every write waits until Meilisearch reports its task succeeded and
 * throws otherwise, so a resolved write is in the index.
 */
export function createMeilisearchIndex(options: MeilisearchIndexOptions): SearchIndex {
  const client = new Meilisearch({
    host: options.host,
    apiKey: options.apiKey ?? '',
    // fetch asks for gzip by default. Meilisearch then sends the response headers and the
    // compressed body in two writes on a socket without TCP_NODELAY, so Nagle holds the body
    // until the client ACKs the headers, and Linux delays that ACK by about 40 ms: every search
    // took about 48 ms (strace: two sendto calls about 40 ms apart). An uncompressed response
    // goes out in one write.
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  });
  const uid = options.indexUid ?? 'kobling';
  const waitOptions = {
    timeout: options.taskTimeoutMs ?? 120_000,
    interval: options.taskIntervalMs ?? 10,
  };
  const batchSize = options.batchSize ?? 10_000;
  /** The index a rebuild is filling; writes go to it too so the swap loses none. */
  let building: string | null = null;

  async function succeeded(what: string, enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask(waitOptions);
    if (task.status !== 'succeeded') throw new MeilisearchTaskError(what, task);
    return task;
  }

  async function ensureIndex(indexUid: string): Promise<Index<MeiliDoc>> {
    const task = await client.createIndex(indexUid, { primaryKey }).waitTask(waitOptions);
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
      throw new MeilisearchTaskError(`create index ${indexUid}`, task);
    }
    const index = client.index<MeiliDoc>(indexUid);
    await succeeded(`settings of ${indexUid}`, index.updateSettings(meilisearchSettings()));
    return index;
  }

  function targets(): string[] {
    return building ? [uid, building] : [uid];
  }

  async function runSearch(request: SearchRequest): Promise<SearchResult> {
    if (namesNothing(request.query)) {
      return {
        hits: [],
        total: 0,
        facets: Object.fromEntries((request.facets ?? []).map((f) => [f, {}])),
      };
    }
    const { limit, offset } = request;
    // Page mode counts matches exactly (up to maxTotalHits); offset mode only estimates.
    const paged = limit > 0 && offset % limit === 0;
    const params: SearchParams = {
      filter: meilisearchFilter(request.types, request.filters),
      attributesToHighlight: ['title', 'body'],
      highlightPreTag: markStart,
      highlightPostTag: markEnd,
      ...(paged ? { hitsPerPage: limit, page: offset / limit + 1 } : { limit, offset }),
    };
    if (request.facets && request.facets.length > 0) params.facets = [...request.facets];
    if (request.sort) params.sort = [`${request.sort.field}:${request.sort.direction}`];
    const response = await client.index<MeiliDoc>(uid).search(request.query, params);
    const hits = response.hits.map((hit) => {
      const formatted = (hit._formatted ?? {}) as Partial<Record<string, unknown>>;
      const document = fromMeiliHit(hit as unknown as Record<string, unknown>);
      return {
        document,
        highlights: {
          title: sentinelMarksToHtml(String(formatted.title ?? document.title)),
          body: sentinelMarksToHtml(String(formatted.body ?? document.body)),
        },
      };
    });
    const total = paged
      ? ((response as { totalHits?: number }).totalHits ?? 0)
      : ((response as { estimatedTotalHits?: number }).estimatedTotalHits ?? 0);
    const facets = tidyFacets(
      (response.facetDistribution ?? {}) as Partial<Record<FacetName, Record<string, number>>>,
    );
    return { hits, total, facets };
  }

  return {
    async applySettings() {
      await ensureIndex(uid);
    },

    async upsert(docs) {
      if (docs.length === 0) return;
      const payload = docs.map(toMeiliDoc);
      // Every target is enqueued before any wait: Meilisearch applies tasks in enqueue order.
      await Promise.all(
        targets().map((t) =>
          succeeded(`upsert into ${t}`, client.index<MeiliDoc>(t).addDocuments(payload)),
        ),
      );
    },

    async delete(ids) {
      if (ids.length === 0) return;
      const keys = [...new Set(ids)].map(toPrimaryKey);
      await Promise.all(
        targets().map((t) => succeeded(`delete from ${t}`, client.index(t).deleteDocuments(keys))),
      );
    },

    search: runSearch,

    async autocomplete(prefix, limit) {
      if (prefix.trim() === '' || namesNothing(prefix) || limit <= 0) return [];
      const response = await client.index<MeiliDoc>(uid).search(prefix, {
        attributesToSearchOn: ['title'],
        attributesToRetrieve: ['id', 'type', 'entityId', 'title', 'slug'],
        matchingStrategy: 'all',
        limit,
      });
      return response.hits.map((hit): Suggestion => ({
        id: hit.id,
        type: hit.type,
        entityId: hit.entityId,
        title: hit.title,
        ...(hit.slug === undefined ? {} : { slug: hit.slug }),
      }));
    },

    async count() {
      const stats = await client.index(uid).getStats();
      return stats.numberOfDocuments;
    },

    async allIds() {
      const out = new Map<string, number>();
      const pageSize = 10_000;
      for (let offset = 0; ; offset += pageSize) {
        const page = await client.index<MeiliDoc>(uid).getDocuments({
          fields: ['id', 'updatedAt'],
          limit: pageSize,
          offset,
        });
        for (const doc of page.results) out.set(doc.id, doc.updatedAt);
        if (page.results.length < pageSize) break;
      }
      return out;
    },

    async rebuild(source) {
      if (building) throw new Error(`A rebuild of the search index "${uid}" is already running`);
      await ensureIndex(uid);
      const next = `${uid}_rebuild_${Date.now().toString(36)}`;
      const nextIndex = await ensureIndex(next);
      building = next;
      try {
        let batch: MeiliDoc[] = [];
        const flush = async () => {
          if (batch.length === 0) return;
          const chunk = batch;
          batch = [];
          await succeeded(`rebuild into ${next}`, nextIndex.addDocuments(chunk));
        };
        for await (const doc of source) {
          batch.push(toMeiliDoc(doc));
          if (batch.length >= batchSize) await flush();
        }
        await flush();
        await succeeded(
          `swap ${uid} with ${next}`,
          client.swapIndexes([{ indexes: [uid, next], rename: false }]),
        );
      } catch (error) {
        building = null;
        // The half-built index must not linger; the live one was never touched.
        await client.deleteIndexIfExists(next).catch(() => false);
        throw error;
      }
      building = null;
      // After the swap `next` holds the old documents.
      await succeeded(`delete ${next}`, client.deleteIndex(next));
    },

    async close() {
      // The client holds no connection to release.
    },
  };
}
