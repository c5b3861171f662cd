import type { FacetDistribution, FacetName } from './port.ts';

/** At most this many values per facet, the most frequent first (Meilisearch's default too). */
export const maxValuesPerFacet = 100;

/** Drops empty values and zero counts, orders by count (then value) and caps the list. */
export function tidyFacetValues(values: Record<string, number>): Record<string, number> {
  const entries = Object.entries(values)
    .filter(([value, n]) => value !== '' && n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxValuesPerFacet);
  return Object.fromEntries(entries);
}

export function tidyFacets(
  raw: Partial<Record<FacetName, Record<string, number>>>,
): FacetDistribution {
  const out: FacetDistribution = {};
  for (const [name, values] of Object.entries(raw) as [FacetName, Record<string, number>][]) {
    out[name] = tidyFacetValues(values);
  }
  return out;
}
