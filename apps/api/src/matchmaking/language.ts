/*
 * The language of explanation sentences: an explicit `language` argument wins, then the
 * request's Accept-Language (first supported tag by q-value), then bokmål — the region's language.
 */

export const LANGUAGES = ['NB', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];
export type TextKey = 'nb' | 'en';

export const DEFAULT_LANGUAGE: Language = 'NB';

/** nb, nn and no all read bokmål text; en and en-* read English. */
function supported(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'NB';
  if (primary === 'en') return 'EN';
  return null;
}

/** The best supported language of an Accept-Language header, or null. */
export function fromAcceptLanguage(header: string | null | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const language = supported(tag);
    if (language) return language;
  }
  return null;
}

/** The Request yoga merges into every context (typed apart: Context does not declare it). */
function headersOf(ctx: object): { get(name: string): string | null } | null {
  // Duck-typed: yoga may hand over a fetch ponyfill's Request rather than the global one.
  const headers = (ctx as { request?: { headers?: unknown } }).request?.headers;
  return typeof headers === 'object' &&
    headers !== null &&
    typeof (headers as Headers).get === 'function'
    ? (headers as Headers)
    : null;
}

export function languageFor(ctx: object, explicit: Language | null | undefined): Language {
  if (explicit) return explicit;
  return fromAcceptLanguage(headersOf(ctx)?.get('accept-language')) ?? DEFAULT_LANGUAGE;
}

export const textKey = (language: Language): TextKey => (language === 'EN' ? 'en' : 'nb');
