/**
 * How a register kommunenummer relates to the region. Which codes belong to the region, and
 * how former codes map to today's, is @kobling/domain's municipality table; this module adds
 * only what the register needs beyond that: telling a code outside the region from a code
 * that does not exist.
 */
import {
  SPLIT_MUNICIPALITY_CODES,
  currentMunicipalityCode,
  isRegionMunicipality,
} from '@kobling/domain';

/**
 * Counties whose every code the domain table lists: Trøndelag (50) with its current, 2018–19 and
 * split codes, and the two counties it was made of in 2018 (16 Sør-Trøndelag, 17 Nord-Trøndelag),
 * whose pre-2018 codes are the table's former codes. A code there that the table does not know
 * (5099) does not exist. For other counties the repository holds no code list, so only the county
 * number is checked.
 */
const FULLY_KNOWN_COUNTIES = new Set(['16', '17', '50']);

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
  const current = currentMunicipalityCode(code);
  if (current !== null && isRegionMunicipality(current)) return { status: 'REGION', code: current };
  if (code.length !== 4 || !/^\d{4}$/.test(code) || code.endsWith('00'))
    return { status: 'UNKNOWN' };
  const county = code.slice(0, 2);
  if (!COUNTY_PREFIXES.has(county)) return { status: 'UNKNOWN' };
  if (FULLY_KNOWN_COUNTIES.has(county) && current === null && !(code in SPLIT_MUNICIPALITY_CODES))
    return { status: 'UNKNOWN' };
  return { status: 'OUTSIDE' };
}
