/**
 * The member municipalities of Trondheimsregionen and how older kommunenummer map to today's.
 * Facts: /work/shared/reference/region-facts.md §0.
 */
import type { MunicipalityRow } from '@kobling/graph';
import { municipalityRow } from './rows.ts';
import type { Row } from './seed-graph.ts';

export const SOURCES_MUNICIPALITIES = {
  membersNow: 'https://trondheimsregionen.no/en/about-us/',
  population2023: 'https://trondheimsregionen.no/alle-i-vekst/',
  members2010: 'https://issuu.com/sircon/docs/110415_arsmelding_2010_vedatt',
  planHistory: 'https://trondheimsregionen.no/strategisk-naeringsplan/historikk/',
  mergers2018:
    'https://www.nrk.no/trondelag/gar-det-mot-tvangssammenslaing-i-trondelag_-1.13157131',
  mergers2020:
    'https://www.nrk.no/trondelag/2020-er-ikkje-eit-punktum-for-kommunereforma-1.14841130',
  county50: 'https://roros.kommune.no/aktuelt/nyheter/nytt-fylke-nytt-kommunenummer/',
  orkdalSkaunCodes: 'http://www.avisa-st.no/nyheter/2018/01/02/Sier-farvel-til-1612-15838987.ece',
  trondheimRissaCodes: 'https://ssb.no/a/english/kortnavn/folkendrkv_en/2005k4/kvart16-en.html',
} as const;

/** Trondheim's kommunenummer: where most of the region's sourced actors are. */
export const TRONDHEIM = '5001';

export interface RegionMunicipality {
  /** kommunenummer since 2020. */
  readonly code: string;
  readonly name: string;
  /** Population on 1 Jan 2023 (SSB, via Trondheimsregionen). */
  readonly population: number;
  /** Earlier codes (2018–19 and pre-2018) that map to this municipality. */
  readonly formerCodes: readonly string[];
}

/**
 * The eight members today. Meldal, Agdenes and Snillfjord (merged into Orkland) have no codes in
 * the facts, so their old codes are not listed.
 */
export const REGION_MUNICIPALITIES: readonly RegionMunicipality[] = [
  { code: '5001', name: 'Trondheim', population: 212_660, formerCodes: ['1601', '5030', '1662'] },
  { code: '5035', name: 'Stjørdal', population: 24_541, formerCodes: ['1714'] },
  { code: '5059', name: 'Orkland', population: 18_690, formerCodes: ['5024', '1638'] },
  { code: '5028', name: 'Melhus', population: 17_340, formerCodes: ['1653'] },
  { code: '5031', name: 'Malvik', population: 14_662, formerCodes: ['1663'] },
  { code: '5054', name: 'Indre Fosen', population: 9_977, formerCodes: ['1624', '1718'] },
  { code: '5029', name: 'Skaun', population: 8_441, formerCodes: ['1657'] },
  { code: '5027', name: 'Midtre Gauldal', population: 6_133, formerCodes: ['1648'] },
];

/** The region's population on 1 Jan 2023 as published (the sum of the rows above). */
export const REGION_POPULATION_2023 = {
  population: 312_444,
  year: 2023,
  sourceRef: SOURCES_MUNICIPALITIES.population2023,
} as const;

export interface PlanMunicipality {
  /** Name in the 2010 member list. */
  readonly name: string;
  /** Its kommunenummer before 2018. */
  readonly codeThen: string;
  /** The municipality it is part of today. */
  readonly today: string;
  readonly todayCode: string;
  /** What happened, when it changed. */
  readonly change: string | null;
}

/**
 * The ten municipalities of the first Strategisk næringsplan (adopted 11 Jun 2010; members as
 * listed in the 2010 annual report) mapped to today's. The issue speaks of a "2016 plan"; a Dec
 * 2016 adoption is unverified in the facts, so the verified 2010 member list is used.
 */
export const PLAN_2010_MUNICIPALITIES: readonly PlanMunicipality[] = [
  { name: 'Stjørdal', codeThen: '1714', today: 'Stjørdal', todayCode: '5035', change: null },
  { name: 'Malvik', codeThen: '1663', today: 'Malvik', todayCode: '5031', change: null },
  { name: 'Trondheim', codeThen: '1601', today: 'Trondheim', todayCode: '5001', change: null },
  {
    name: 'Klæbu',
    codeThen: '1662',
    today: 'Trondheim',
    todayCode: '5001',
    change: 'Joined Trondheim in 2020',
  },
  { name: 'Melhus', codeThen: '1653', today: 'Melhus', todayCode: '5028', change: null },
  { name: 'Skaun', codeThen: '1657', today: 'Skaun', todayCode: '5029', change: null },
  {
    name: 'Orkdal',
    codeThen: '1638',
    today: 'Orkland',
    todayCode: '5059',
    change: 'Merged with Meldal, Agdenes and part of Snillfjord into Orkland in 2020',
  },
  {
    name: 'Midtre Gauldal',
    codeThen: '1648',
    today: 'Midtre Gauldal',
    todayCode: '5027',
    change: null,
  },
  {
    name: 'Rissa',
    codeThen: '1624',
    today: 'Indre Fosen',
    todayCode: '5054',
    change: 'Merged with Leksvik into Indre Fosen in 2018',
  },
  {
    name: 'Leksvik',
    codeThen: '1718',
    today: 'Indre Fosen',
    todayCode: '5054',
    change: 'Merged with Rissa into Indre Fosen in 2018',
  },
];

export const PLAN_2010 = {
  adopted: '2010-06-11',
  sourceRef: SOURCES_MUNICIPALITIES.members2010,
  historyRef: SOURCES_MUNICIPALITIES.planHistory,
  mergerRefs: [SOURCES_MUNICIPALITIES.mergers2018, SOURCES_MUNICIPALITIES.mergers2020],
} as const;

/** Today's kommunenummer of the region's members. */
export const REGION_MUNICIPALITY_CODES: readonly string[] = REGION_MUNICIPALITIES.map(
  (m) => m.code,
);

const currentByCode = new Map<string, string>(
  REGION_MUNICIPALITIES.flatMap((m) => [
    [m.code, m.code] as const,
    ...m.formerCodes.map((c) => [c, m.code] as const),
  ]),
);

/**
 * Today's kommunenummer for a current or former code of a region member, or null when the code
 * is not in the region (for the register importer's filter).
 */
export function toCurrentRegionCode(code: string): string | null {
  return currentByCode.get(code) ?? null;
}

export function municipalityRows(): Row[] {
  return REGION_MUNICIPALITIES.map((m) =>
    municipalityRow({
      code: m.code,
      name: m.name,
      county: 'Trøndelag',
      population: m.population,
      populationYear: 2023,
      inRegion: true,
      formerCodes: [...m.formerCodes],
      source: 'seed',
      // The row's figures are the population table's; the codes' sources are in SOURCES_MUNICIPALITIES.
      sourceRef: SOURCES_MUNICIPALITIES.population2023,
    }),
  );
}

/** The same rows for the register importer, which creates those a store lacks (GraphUnitWriter). */
export function regionMunicipalityRows(): MunicipalityRow[] {
  return municipalityRows() as unknown as MunicipalityRow[];
}
