import { z } from 'zod';
import { type Check, firstError, refineWith } from './check.ts';
import { textSafetyError } from './text-safety.ts';

export interface MunicipalityFact {
  /** Current kommunenummer (since the 2020 reform; Trøndelag codes unchanged in 2024). */
  readonly code: string;
  readonly name: string;
  readonly county: 'Trøndelag';
  /** Member of Trondheimsregionen (the 8 members listed in region-facts.md §0). */
  readonly inRegion: boolean;
  /** Earlier kommunenummer that map to this municipality (2018–19 50xx, pre-2018 16xx/17xx). */
  readonly formerCodes: readonly string[];
}

/*
 * Every current Trøndelag municipality (county 50, 38 municipalities). Region members and their
 * former codes come from region-facts.md §0; the rest follow SSB's code lists (checked against a
 * public 2024 code table) and should be re-checked against SSB Klass before being cited.
 * Snillfjord (1613 / 5012) was split in 2020 between Orkland, Hitra and Heim, so its code alone
 * does not say where an address is today: it is listed in SPLIT_MUNICIPALITY_CODES instead.
 */
export const MUNICIPALITIES: readonly MunicipalityFact[] = [
  m('5001', 'Trondheim', true, ['1601', '5030', '1662']),
  m('5006', 'Steinkjer', false, ['5004', '1702', '5039', '1724']),
  m('5007', 'Namsos', false, ['5005', '1703', '5040', '1725', '5048', '1748']),
  m('5014', 'Frøya', false, ['1620']),
  m('5020', 'Osen', false, ['1633']),
  m('5021', 'Oppdal', false, ['1634']),
  m('5022', 'Rennebu', false, ['1635']),
  m('5025', 'Røros', false, ['1640']),
  m('5026', 'Holtålen', false, ['1644']),
  m('5027', 'Midtre Gauldal', true, ['1648']),
  m('5028', 'Melhus', true, ['1653']),
  m('5029', 'Skaun', true, ['1657']),
  m('5031', 'Malvik', true, ['1663']),
  m('5032', 'Selbu', false, ['1664']),
  m('5033', 'Tydal', false, ['1665']),
  m('5034', 'Meråker', false, ['1711']),
  m('5035', 'Stjørdal', true, ['1714']),
  m('5036', 'Frosta', false, ['1717']),
  m('5037', 'Levanger', false, ['1719']),
  m('5038', 'Verdal', false, ['1721']),
  m('5041', 'Snåsa', false, ['1736']),
  m('5042', 'Lierne', false, ['1738']),
  m('5043', 'Røyrvik', false, ['1739']),
  m('5044', 'Namsskogan', false, ['1740']),
  m('5045', 'Grong', false, ['1742']),
  m('5046', 'Høylandet', false, ['1743']),
  m('5047', 'Overhalla', false, ['1744']),
  m('5049', 'Flatanger', false, ['1749']),
  m('5052', 'Leka', false, ['1755']),
  m('5053', 'Inderøy', false, ['1756', '1729', '1723']),
  m('5054', 'Indre Fosen', true, ['1624', '1718']),
  m('5055', 'Heim', false, ['5011', '1612', '1571']),
  m('5056', 'Hitra', false, ['5013', '1617']),
  m('5057', 'Ørland', false, ['5015', '1621', '5017', '1627']),
  m('5058', 'Åfjord', false, ['5018', '1630', '5019', '1632']),
  m('5059', 'Orkland', true, ['5024', '1638', '5023', '1636', '5016', '1622']),
  m('5060', 'Nærøysund', false, ['5050', '1750', '5051', '1751']),
  m('5061', 'Rindal', false, ['1567']),
];

/** Former codes whose area now lies in several municipalities: no single successor. */
export const SPLIT_MUNICIPALITY_CODES: Readonly<Record<string, readonly string[]>> = {
  '1613': ['5059', '5056', '5055'],
  '5012': ['5059', '5056', '5055'],
};

function m(
  code: string,
  name: string,
  inRegion: boolean,
  formerCodes: readonly string[],
): MunicipalityFact {
  return { code, name, county: 'Trøndelag', inRegion, formerCodes };
}

const byCode = new Map(MUNICIPALITIES.map((x) => [x.code, x]));
const byFormerCode = new Map(
  MUNICIPALITIES.flatMap((x) => x.formerCodes.map((former) => [former, x] as const)),
);

/** The eight members of Trondheimsregionen, by current code. */
export const REGION_MUNICIPALITY_CODES: readonly string[] = MUNICIPALITIES.filter(
  (x) => x.inRegion,
).map((x) => x.code);

export function municipalityByCode(code: string): MunicipalityFact | null {
  return byCode.get(code) ?? null;
}

/**
 * Today's code for a current or former kommunenummer (e.g. 1601 → 5001, 5030 → 5001), or null
 * when the code is not a known Trøndelag code or was split (SPLIT_MUNICIPALITY_CODES).
 * Importers use this on older register data.
 */
export function currentMunicipalityCode(code: string): string | null {
  return byCode.get(code)?.code ?? byFormerCode.get(code)?.code ?? null;
}

export function isRegionMunicipality(code: string): boolean {
  const current = currentMunicipalityCode(code);
  return current !== null && byCode.get(current)?.inRegion === true;
}

/**
 * Why a value is not shaped like a kommunenummer, or null when it is: four digits. Enough where
 * any code may appear (search and matchmaking filters, former codes): a code outside Trøndelag
 * simply matches nothing.
 */
export const municipalityCodeFormatError: Check<string> = (code) =>
  /^\d{4}$/.test(code) ? null : 'A municipality code (kommunenummer) has four digits';

/** A value shaped like a kommunenummer, current or not. */
export const municipalityCodeFormatSchema = refineWith(z.string(), municipalityCodeFormatError);

/** Why a code is not a current kommunenummer, or null when it is one. */
export const municipalityCodeError: Check<string> = firstError(
  textSafetyError('Municipality code', 'single-line'),
  municipalityCodeFormatError,
  knownCodeError,
);

function knownCodeError(code: string): string | null {
  if (byCode.has(code)) return null;
  const successor = byFormerCode.get(code);
  const split = SPLIT_MUNICIPALITY_CODES[code];
  if (split) {
    const parts = split.map((c) => `${c} ${byCode.get(c)?.name ?? ''}`.trim());
    return `Municipality code ${code} is no longer in use; its area was split between ${parts.join(', ')}`;
  }
  if (successor) {
    return `Municipality code ${code} is no longer in use; today it is ${successor.code} (${successor.name})`;
  }
  return `Unknown municipality code ${code}`;
}

/** A current Trøndelag kommunenummer. */
export const municipalityCodeSchema = refineWith(z.string(), municipalityCodeError);
