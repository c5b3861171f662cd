import { slugify } from '@kobling/domain';
import { topicDomains, topicFacets } from './vocabulary.ts';

export interface TopicSpec {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly nameNb: string;
  readonly synonyms: string[];
  /** Index of the broader topic; null for a domain (top level). */
  readonly parent: number | null;
  readonly domain: number;
  readonly level: 1 | 2 | 3;
}

/**
 * A three-level taxonomy of `count` topics: domains, their subtopics, then subtopic × facet
 * (round-robin over subtopics so every domain grows evenly). Deterministic; no randomness.
 */
export function buildTopics(count: number): TopicSpec[] {
  const topics: TopicSpec[] = [];
  const slugs = new Set<string>();
  const add = (
    name: string,
    nameNb: string,
    parent: number | null,
    domain: number,
    level: 1 | 2 | 3,
  ) => {
    let slug = slugify(name);
    while (slugs.has(slug)) slug = `${slug}-${level}`;
    slugs.add(slug);
    const synonyms = [...new Set([name.toLowerCase(), nameNb.toLowerCase()])];
    topics.push({ id: `syn-topic-${slug}`, slug, name, nameNb, synonyms, parent, domain, level });
    return topics.length - 1;
  };
  const subtopics: { index: number; name: string; nameNb: string; domain: number }[] = [];
  topicDomains.forEach(([[name, nameNb]], d) => {
    if (topics.length < count) add(name, nameNb, null, d, 1);
  });
  topicDomains.forEach(([, subs], d) => {
    for (const [name, nameNb] of subs) {
      if (topics.length >= count) return;
      subtopics.push({ index: add(name, nameNb, d, d, 2), name, nameNb, domain: d });
    }
  });
  for (const [facet, facetNb] of topicFacets) {
    for (const sub of subtopics) {
      if (topics.length >= count) return topics;
      add(`${sub.name} – ${facet}`, `${sub.nameNb} – ${facetNb}`, sub.index, sub.domain, 3);
    }
  }
  return topics;
}
