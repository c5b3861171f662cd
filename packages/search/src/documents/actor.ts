import type { SearchDocument } from '../document.ts';
import { searchDocumentId } from '../document.ts';
import { cleanText } from '../text.ts';
import { compact, isSynthetic, joinText, topicNames, topicSlugs } from './common.ts';
import type { ActorRow } from './rows.ts';

/**
 * The actor's own work in words: project and technology titles and its people's expertise. Only
 * people who consented to be listed count, and invented (synthetic) projects and technologies
 * never describe a real actor: search must not find it for work it did not do.
 */
function workOf(row: ActorRow): { texts: string[]; updatedAt: number } {
  const inventedAllowed = isSynthetic(row.source);
  const told = (ref: { source: string }) => inventedAllowed || !isSynthetic(ref.source);
  const projects = row.projects ?? [];
  const technologies = row.technologies ?? [];
  const people = row.people ?? [];
  const texts = [
    ...projects.filter(told).map((p) => p.title),
    ...technologies.filter(told).map((t) => t.title),
    ...people.filter((p) => p.listed && told(p)).map((p) => p.expertise ?? ''),
  ]
    .map(cleanText)
    .filter((t) => t !== '');
  // Every piece counts for the version, told or not: a colleague withdrawing consent changes
  // the text, and the reconciler only sees changes that change the version.
  const updatedAt = Math.max(
    row.updatedAt,
    ...[...projects, ...technologies, ...people].map((p) => p.updatedAt),
  );
  return { texts: [...new Set(texts)], updatedAt };
}

export function actorDocument(row: ActorRow): SearchDocument {
  const work = workOf(row);
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
    work: work.texts.length > 0 ? work.texts : undefined,
    stage: row.stage ?? undefined,
    isTech: row.isTech ?? undefined,
    synthetic: isSynthetic(row.source),
    updatedAt: work.updatedAt,
  });
}
