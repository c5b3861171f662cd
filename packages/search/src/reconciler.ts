import type { SearchDocument } from './document.ts';
import type { SearchIndex } from './port.ts';

/** What the reconciler needs from the graph. */
export interface ProjectionSource {
  /** Id → `updatedAt` of every document the graph says should be searchable. */
  projection(): Promise<Map<string, number>>;
  /** The current documents for these ids; null (or missing) when not searchable. */
  loadDocuments(ids: readonly string[]): Promise<Map<string, SearchDocument | null>>;
}

export interface ReconcileReport {
  readonly checked: number;
  readonly upserted: number;
  readonly deleted: number;
}

/**
 * Repairs drift between the graph's projection and the index: documents missing from the index
 * or indexed with another `updatedAt` are upserted, indexed documents the projection lacks are
 * deleted. Every candidate is loaded again before it is written, so a change made while the
 * comparison ran is applied as it is now, not as the snapshot saw it.
 */
export async function reconcile(
  index: SearchIndex,
  source: ProjectionSource,
  options: { batchSize?: number } = {},
): Promise<ReconcileReport> {
  const batchSize = options.batchSize ?? 1_000;
  const [projection, indexed] = await Promise.all([source.projection(), index.allIds()]);
  const candidates: string[] = [];
  for (const [id, updatedAt] of projection) {
    if (indexed.get(id) !== updatedAt) candidates.push(id);
  }
  for (const id of indexed.keys()) {
    if (!projection.has(id)) candidates.push(id);
  }
  let upserted = 0;
  let deleted = 0;
  for (let i = 0; i < candidates.length; i += batchSize) {
    const ids = candidates.slice(i, i + batchSize);
    const current = await source.loadDocuments(ids);
    const upserts: SearchDocument[] = [];
    const deletes: string[] = [];
    for (const id of ids) {
      const doc = current.get(id) ?? null;
      if (doc) upserts.push(doc);
      else if (indexed.has(id)) deletes.push(id);
    }
    await index.upsert(upserts);
    await index.delete(deletes);
    upserted += upserts.length;
    deleted += deletes.length;
  }
  return { checked: projection.size + indexed.size, upserted, deleted };
}
