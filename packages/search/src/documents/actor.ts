import type { SearchDocument } from '../document.ts';
import { searchDocumentId } from '../document.ts';
import { cleanText } from '../text.ts';
import { compact, isSynthetic, joinText, topicNames, topicSlugs } from './common.ts';
import type { ActorRow } from './rows.ts';

export function actorDocument(row: ActorRow): SearchDocument {
  return compact({
    id: searchDocumentId('actor', row.id),
    type: 'actor' as const,
    entityId: row.id,
    title: cleanText(row.name),
    body: joinText(row.description),
    slug: row.slug,
    kind: row.kind,
    helix: row.helix,
    municipality: row.municipality?.code,
    municipalityName: row.municipality ? cleanText(row.municipality.name) : undefined,
    topics: topicSlugs(row.topics),
    topicNames: topicNames(row.topics),
    clusters: row.clusters ? [...new Set(row.clusters.map(cleanText))] : undefined,
    stage: row.stage ?? undefined,
    isTech: row.isTech ?? undefined,
    synthetic: isSynthetic(row.source),
    updatedAt: row.updatedAt,
  });
}
