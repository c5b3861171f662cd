import { cleanText } from '../text.ts';
import type { TopicRef } from './rows.ts';

export function topicSlugs(topics: readonly TopicRef[] = []): string[] {
  return [...new Set(topics.map((t) => t.slug))];
}

/** Names in both languages and synonyms, each once: a document is found by its topics. */
export function topicNames(topics: readonly TopicRef[] = []): string[] {
  const names = topics.flatMap((t) => [
    cleanText(t.name),
    cleanText(t.nameNb),
    ...(t.synonyms ?? []).map(cleanText),
  ]);
  return [...new Set(names.filter((n) => n !== ''))];
}

/** Joins the non-empty parts into one searchable text. */
export function joinText(...parts: (string | null | undefined)[]): string {
  return parts
    .map((p) => cleanText(p))
    .filter((p) => p !== '')
    .join('\n');
}

export const isSynthetic = (source: string) => source === 'synthetic';

/** Drops keys whose value is undefined, so documents compare and serialize cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
