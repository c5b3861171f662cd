/**
 * Typos a query word may have and still match, by its length: Meilisearch's defaults
 * (`minWordSizeForTypos` oneTypo 5, twoTypos 9), used by both adapters.
 */
export const minWordSizeForTypos = { oneTypo: 5, twoTypos: 9 } as const;

export function typoBudget(word: string): number {
  const length = [...word].length;
  if (length >= minWordSizeForTypos.twoTypos) return 2;
  if (length >= minWordSizeForTypos.oneTypo) return 1;
  return 0;
}
