import type { SearchDocument } from '../document.ts';
import { searchDocumentId } from '../document.ts';
import { cleanText } from '../text.ts';
import { compact, isSynthetic, joinText, topicNames, topicSlugs } from './common.ts';
import type { ClusterRow } from './rows.ts';

export function clusterDocument(row: ClusterRow): SearchDocument {
  return compact({
    id: searchDocumentId('cluster', row.id),
    type: 'cluster' as const,
    entityId: row.id,
    title: cleanText(row.name),
    body: joinText(row.theme, row.description),
    slug: row.slug,
    level: row.level,
    topics: topicSlugs(row.topics),
    topicNames: topicNames(row.topics),
    synthetic: isSynthetic(row.source),
    updatedAt: row.updatedAt,
  });
}
