import type { Helix } from '@kobling/domain';

/** A sentence in both of the site's languages. */
export interface Text {
  readonly en: string;
  readonly nb: string;
}

/** How a helix reads inside a sentence: "first academic tie", "første kobling med akademia". */
export const HELIX_WORDS: Readonly<Record<Helix, { en: string; nb: string }>> = {
  INDUSTRY: { en: 'industry', nb: 'næringslivet' },
  ACADEMIA: { en: 'academic', nb: 'akademia' },
  GOVERNMENT: { en: 'public-sector', nb: 'offentlig sektor' },
};

/** Where a sentence is about: a cluster or the region. */
export const WHERE = {
  cluster: { en: 'in this cluster', nb: 'i denne klyngen' },
  region: { en: 'in the region', nb: 'i regionen' },
} as const satisfies Record<string, Text>;
