/**
 * How a register kommunenummer relates to the region. Which codes belong to the region, and
 * how former codes map to today's, is @kobling/domain's municipality table; this module adds
 * only what the register needs beyond Trøndelag: telling a code outside the region from a code
 * that does not exist.
 */
import { currentMunicipalityCode, isRegionMunicipality } from '@kobling/domain';

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
  if (!COUNTY_PREFIXES.has(code.slice(0, 2))) return { status: 'UNKNOWN' };
  return { status: 'OUTSIDE' };
}
