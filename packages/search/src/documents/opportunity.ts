import type { SearchDocument } from '../document.ts';
import { searchDocumentId } from '../document.ts';
import { cleanText } from '../text.ts';
import { compact, isSynthetic, joinText, topicNames, topicSlugs } from './common.ts';
import type { OpportunityRow } from './rows.ts';

/**
 * Only public, open opportunities are searchable; with `now`, an expired one is not either
 * (the caller re-indexes it when it expires).
 */
export function opportunityDocument(
  row: OpportunityRow,
  options: { now?: number } = {},
): SearchDocument | null {
  if (row.visibility !== 'PUBLIC' || row.status !== 'OPEN') return null;
  if (options.now !== undefined && row.expiresAt != null && row.expiresAt <= options.now) {
    return null;
  }
  return compact({
    id: searchDocumentId('opportunity', row.id),
    type: 'opportunity' as const,
    entityId: row.id,
    title: cleanText(row.title),
    body: joinText(row.body, row.postedBy?.name),
    kind: row.kind,
    topics: topicSlugs(row.topics),
    topicNames: topicNames(row.topics),
    synthetic: isSynthetic(row.source),
    updatedAt: row.updatedAt,
  });
}
