import type { SearchDocument } from '../document.ts';
import { searchDocumentId } from '../document.ts';
import { cleanText } from '../text.ts';
import { compact, isSynthetic, joinText, topicNames } from './common.ts';
import type { TopicRow } from './rows.ts';

export function topicDocument(row: TopicRow): SearchDocument {
  const synonyms = (row.synonyms ?? []).map(cleanText).filter((s) => s !== '');
  return compact({
    id: searchDocumentId('topic', row.id),
    type: 'topic' as const,
    entityId: row.id,
    title: cleanText(row.name),
    body: joinText(row.nameNb, synonyms.join(', ')),
    slug: row.slug,
    topics: [row.slug],
    topicNames: [
      ...new Set([
        ...topicNames([{ slug: row.slug, name: row.name, nameNb: row.nameNb }]),
        ...synonyms,
        ...topicNames(row.broader ? [row.broader] : []),
      ]),
    ],
    synthetic: isSynthetic(row.source),
    updatedAt: row.updatedAt ?? 0,
  });
}
