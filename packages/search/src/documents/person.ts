import type { SearchDocument } from '../document.ts';
import { searchDocumentId } from '../document.ts';
import { cleanText } from '../text.ts';
import { compact, isSynthetic, joinText, topicNames, topicSlugs } from './common.ts';
import type { PersonRow } from './rows.ts';

/**
 * A person is searchable only with consent (`listed`); withdrawing it makes the mapper return
 * null and the indexer delete the document. The email is never copied.
 */
export function personDocument(row: PersonRow): SearchDocument | null {
  if (row.listed !== true) return null;
  const actors = row.actors ?? [];
  return compact({
    id: searchDocumentId('person', row.id),
    type: 'person' as const,
    entityId: row.id,
    title: cleanText(row.name),
    body: joinText(row.title, row.expertise, ...actors.map((a) => a.name)),
    topics: topicSlugs(row.topics),
    topicNames: topicNames(row.topics),
    synthetic: isSynthetic(row.source),
    updatedAt: row.updatedAt,
  });
}
