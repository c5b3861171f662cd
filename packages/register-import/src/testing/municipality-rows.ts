/**
 * Test factory: the region's municipalities as rows for GraphUnitWriter's `municipalities`, built
 * from the domain's municipality table (the seed's facts, with population and sources, live in
 * seeds, which this package does not import).
 */
import { MUNICIPALITIES } from '@kobling/domain';
import type { MunicipalityRow } from '@kobling/graph';

export function testMunicipalityRows(): MunicipalityRow[] {
  return MUNICIPALITIES.filter((m) => m.inRegion).map((m) => ({
    code: m.code,
    name: m.name,
    county: m.county,
    population: null,
    populationYear: null,
    inRegion: true,
    formerCodes: [...m.formerCodes],
    source: 'seed',
    sourceRef: 'https://trondheimsregionen.no/en/about-us/',
  }));
}
