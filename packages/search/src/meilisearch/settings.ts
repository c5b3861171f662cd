import { STOP_WORDS } from '@kobling/text';
import type { Settings } from 'meilisearch';
import { maxValuesPerFacet } from '../facets.ts';
import { searchableTextFields } from '../document.ts';
import { facetNames, sortFields } from '../port.ts';
import { meilisearchSynonyms } from '../synonyms.ts';
import { minWordSizeForTypos } from '../typo.ts';

/** The primary key Meilisearch uses: the document id encoded to its allowed alphabet. */
export const primaryKey = 'pk';

/** Most matches Meilisearch counts exactly (and lets a client page through). */
export const maxTotalHits = 10_000;

/**
 * The index settings, declared in code and applied on every start (`applySettings`) and to
 * every rebuilt index before its documents are added.
 */
export function meilisearchSettings(): Settings {
  return {
    // The shared priority order; stems, which only Meilisearch needs (it does not stem), last.
    searchableAttributes: [...searchableTextFields, 'stems'],
    filterableAttributes: [...facetNames, 'synthetic'],
    sortableAttributes: [...sortFields],
    // Meilisearch's default order, spelled out so a change of default cannot change ranking.
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    displayedAttributes: ['*'],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { ...minWordSizeForTypos },
      // Codes and slugs are not prose.
      disableOnAttributes: [],
      disableOnWords: [],
    },
    synonyms: meilisearchSynonyms(),
    stopWords: meilisearchStopWords(),
    faceting: { maxValuesPerFacet, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits },
  };
}

/**
 * The stop words (`stop-words.ts`) as Meilisearch needs them: it compares a word with the list
 * before lower-casing it (1.21), so each is listed as written, capitalised and in capitals.
 * Words with "å" ("på", "våre") are never taken as stop words by Meilisearch 1.21, whatever form
 * they are listed in (tried: as written, decomposed, without the ring).
 */
export function meilisearchStopWords(): string[] {
  const forms = (word: string) => [
    word,
    word.charAt(0).toUpperCase() + word.slice(1),
    word.toUpperCase(),
  ];
  return [...new Set(STOP_WORDS.flatMap(forms))].sort();
}

/**
 * Meilisearch ids allow only `A–Z a–z 0–9 - _`; ours carry a type prefix ("actor:…"). Every
 * other character (and `_` itself) becomes `_hex_`, so the mapping is one to one.
 */
export function toPrimaryKey(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)?.toString(16) ?? ''}_`);
}
