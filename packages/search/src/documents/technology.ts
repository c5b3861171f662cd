import type { SearchDocument } from '../document.ts';
import { searchDocumentId } from '../document.ts';
import { cleanText } from '../text.ts';
import { compact, isSynthetic, joinText, topicNames, topicSlugs } from './common.ts';
import type { TechnologyRow } from './rows.ts';

export function technologyDocument(row: TechnologyRow): SearchDocument {
  return compact({
    id: searchDocumentId('technology', row.id),
    type: 'technology' as const,
    entityId: row.id,
    title: cleanText(row.title),
    body: joinText(row.summary, ...(row.originatedAt ?? [])),
    slug: row.slug,
    stage: row.stage,
    trl: row.trl,
    topics: topicSlugs(row.topics),
    topicNames: topicNames(row.topics),
    synthetic: isSynthetic(row.source),
    updatedAt: row.updatedAt,
  });
}
