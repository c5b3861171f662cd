/**
 * The region's municipality codes (kommunenummer) and how older codes map to today's.
 * Source: ../shared/reference/region-facts.md §0 (Trondheimsregionen's eight members; the
 * 2020– / 2018–19 / pre-2018 code table). Local stand-in: replace with the municipality table
 * from @kobling/domain once it is published.
 */

export interface RegionMunicipality {
  readonly code: string;
  readonly name: string;
  /** Earlier kommunenummer whose whole area is now inside this municipality. */
  readonly formerCodes: readonly string[];
}

export const REGION_MUNICIPALITIES: readonly RegionMunicipality[] = [
  // Klæbu joined Trondheim in 2020 (1662 before 2018, 5030 in 2018–19).
  { code: '5001', name: 'Trondheim', formerCodes: ['1601', '1662', '5030'] },
  { code: '5035', name: 'Stjørdal', formerCodes: ['1714'] },
  { code: '5031', name: 'Malvik', formerCodes: ['1663'] },
  { code: '5028', name: 'Melhus', formerCodes: ['1653'] },
  { code: '5029', name: 'Skaun', formerCodes: ['1657'] },
  { code: '5027', name: 'Midtre Gauldal', formerCodes: ['1648'] },
  // Orkland (2020) = Orkdal + Meldal + Agdenes + part of Snillfjord. Orkdal's codes are in
  // region-facts; Meldal (5023) and Agdenes (5016) are their 2018–19 codes in the public code
  // list, and 1636 / 1622 their pre-2018 codes [to verify against SSB Klass]. Snillfjord
  // (1613 / 5012) is left out on purpose: it was split between Orkland, Hitra and Heim, so its
  // code alone does not tell whether an address is in the region.
  { code: '5059', name: 'Orkland', formerCodes: ['1638', '5024', '1636', '5023', '1622', '5016'] },
  // Rissa + Leksvik became Indre Fosen in 2018.
  { code: '5054', name: 'Indre Fosen', formerCodes: ['1624', '1718'] },
];

const toCurrent = new Map<string, string>();
for (const m of REGION_MUNICIPALITIES) {
  toCurrent.set(m.code, m.code);
  for (const former of m.formerCodes) toCurrent.set(former, m.code);
}

/**
 * County numbers a kommunenummer can start with, current and historical (01–20 before the
 * 2018–2024 reforms, 21 Svalbard, 22 Jan Mayen, 30–34, 38–42, 46, 50, 54–56). A code is
 * "known" when it is four digits with one of these prefixes; an unknown code is a data error,
 * a known code outside the region is simply not ours.
 */
const COUNTY_PREFIXES = new Set([
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '30',
  '31',
  '32',
  '33',
  '34',
  '38',
  '39',
  '40',
  '42',
  '46',
  '50',
  '54',
  '55',
  '56',
]);

export type MunicipalityResolution =
  | { readonly status: 'REGION'; readonly code: string }
  | { readonly status: 'OUTSIDE' }
  | { readonly status: 'UNKNOWN' };

/** Classifies a register kommunenummer: in the region (with today's code), outside, or unknown. */
export function resolveMunicipality(code: string): MunicipalityResolution {
  const current = toCurrent.get(code);
  if (current !== undefined) return { status: 'REGION', code: current };
  if (code.length !== 4 || !/^\d{4}$/.test(code) || code.endsWith('00'))
    return { status: 'UNKNOWN' };
  if (!COUNTY_PREFIXES.has(code.slice(0, 2))) return { status: 'UNKNOWN' };
  return { status: 'OUTSIDE' };
}

/** Every code (current and former) that resolves into the region. */
export function regionCodes(): readonly string[] {
  return [...toCurrent.keys()];
}
