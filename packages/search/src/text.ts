/**
 * Text handling shared by both adapters: one tokenizer (so the embedded index, query expansion
 * and highlighting agree on what a word is) and HTML-safe highlighting.
 */

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

/** Lower case without combining marks (é → e); æ, ø and å do not decompose and stay. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

const nonWord = /[^\p{L}\p{N}]+/u;

/**
 * Words of a text, normalized, in order, duplicates kept. The text is normalized once as a
 * whole (the same as normalizing each word: marks are dropped before the split): word by word
 * costs most of the time of indexing.
 */
export function tokenize(text: string): string[] {
  if (text === '') return [];
  return normalizeWord(text)
    .split(nonWord)
    .filter((token) => token !== '');
}

/**
 * Whether a query ends in its last word, which may then still be being typed: Meilisearch's rule
 * for searching the last word as a prefix (a space after it marks it finished).
 */
export function endsInWord(query: string): boolean {
  return /[\p{L}\p{N}]$/u.test(query);
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}

const htmlUnescapes = new Map(Object.entries(htmlEscapes).map(([c, entity]) => [entity, c]));

/** The distinct marked words of a highlight (what the engine matched), as written, lower case. */
export function markedWords(highlight: string): string[] {
  const words = new Set<string>();
  for (const match of highlight.matchAll(/<mark>(.*?)<\/mark>/g)) {
    const word = match[1]!.replace(/&[a-z0-9#]+;/g, (e) => htmlUnescapes.get(e) ?? e);
    if (word.trim() !== '') words.add(word.trim().toLowerCase());
  }
  return [...words];
}

/**
 * Escapes the text and wraps every word the predicate accepts (given its normalized form) in
 * `<mark>`.
 */
export function highlightWords(text: string, isMatch: (normalized: string) => boolean): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    out += escapeHtml(text.slice(last, start));
    const word = match[0];
    out += isMatch(normalizeWord(word)) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word);
    last = start + word.length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * Control characters used as highlight tags by engines that mark text themselves (Meilisearch):
 * unlike `<mark>` they cannot be confused with markup in the source text, which is escaped
 * before they are turned into real tags. Documents never contain them (see `cleanText`).
 */
export const markStart = '\u0002';
export const markEnd = '\u0003';

export function sentinelMarksToHtml(text: string): string {
  // Meilisearch marks only the matched length of a word found with a typo ("aquacultur|e");
  // a mark always covers whole words, as in the embedded adapter.
  // eslint-disable-next-line no-control-regex -- the sentinel is a control character on purpose
  const whole = text.replace(/\u0003([\p{L}\p{N}\p{M}]+)/gu, `$1${markEnd}`);
  return escapeHtml(whole).replaceAll(markStart, '<mark>').replaceAll(markEnd, '</mark>');
}

/** Removes control characters (other than tab and newlines) and trims. */
export function cleanText(text: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (text ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}
