/**
 * Validation of one raw unit, with a precise reason when it is rejected. A unit that is valid
 * but outside the region, or bankrupt / being dissolved / deleted, is filtered and counted, not
 * rejected. Order: rejection checks first, then region, then activity — so the counts are
 * disjoint and a bankrupt unit in Oslo counts as out of region.
 */
import { orgNumberError } from '@kobling/domain';
import { resolveMunicipality } from './municipalities.ts';
import type { RawUnit } from './raw-unit.ts';

export const REJECT_REASONS = [
  'MALFORMED_ROW',
  'MISSING_ORG_NUMBER',
  'ORG_NUMBER_FORMAT',
  'ORG_NUMBER_CHECKSUM',
  'MISSING_NAME',
  'MISSING_MUNICIPALITY',
  'UNKNOWN_MUNICIPALITY',
  // Given by the importer, not by validateUnit: a later row with an org number already read.
  'DUPLICATE_ORG_NUMBER',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** The fields of a valid unit the mapping needs, already narrowed and trimmed. */
export interface ValidUnit {
  readonly orgNumber: string;
  readonly name: string;
  /** Today's kommunenummer (former codes mapped). */
  readonly municipalityCode: string;
  /** The code as registered, when it was a former code. */
  readonly registeredMunicipalityCode: string;
  readonly organisationForm: string | null;
  readonly naceCode: string | null;
  readonly employees: number | null;
  readonly founded: string | null;
  readonly website: string | null;
}

export type Validation =
  | { readonly status: 'VALID'; readonly unit: ValidUnit }
  | { readonly status: 'OUT_OF_REGION'; readonly orgNumber: string }
  | { readonly status: 'INACTIVE'; readonly orgNumber: string }
  | {
      readonly status: 'REJECTED';
      readonly reason: RejectReason;
      readonly detail: string;
      readonly orgNumber?: string;
    };

export function validateUnit(unit: RawUnit): Validation {
  const org = text(unit.organisasjonsnummer);
  if (org === null) return reject('MISSING_ORG_NUMBER', 'organisasjonsnummer is missing or empty');
  const problem = orgNumberError(org);
  if (problem !== null) {
    const reason = /^\d{9}$/.test(org) ? 'ORG_NUMBER_CHECKSUM' : 'ORG_NUMBER_FORMAT';
    return reject(reason, problem, org);
  }
  const name = typeof unit.navn === 'string' ? text(unit.navn) : null;
  if (name === null) return reject('MISSING_NAME', 'navn is missing or empty', org);

  const address = record(unit.forretningsadresse);
  const registered = text(address?.kommunenummer);
  if (registered === null) {
    // A business address abroad has no kommunenummer; that unit is simply not in the region.
    const country = text(address?.landkode);
    if (country !== null && country.toUpperCase() !== 'NO')
      return { status: 'OUT_OF_REGION', orgNumber: org };
    return reject(
      'MISSING_MUNICIPALITY',
      address === null
        ? 'forretningsadresse is missing'
        : 'forretningsadresse.kommunenummer is missing',
      org,
    );
  }
  const resolved = resolveMunicipality(registered);
  if (resolved.status === 'UNKNOWN') {
    return reject(
      'UNKNOWN_MUNICIPALITY',
      `kommunenummer "${registered}" is not a known municipality code`,
      org,
    );
  }
  if (resolved.status === 'OUTSIDE') return { status: 'OUT_OF_REGION', orgNumber: org };

  if (
    flag(unit.konkurs) ||
    flag(unit.underAvvikling) ||
    flag(unit.underTvangsavviklingEllerTvangsopplosning) ||
    text(unit.slettedato) !== null
  ) {
    return { status: 'INACTIVE', orgNumber: org };
  }

  return {
    status: 'VALID',
    unit: {
      orgNumber: org,
      name,
      municipalityCode: resolved.code,
      registeredMunicipalityCode: registered,
      organisationForm: text(record(unit.organisasjonsform)?.kode),
      naceCode: text(record(unit.naeringskode1)?.kode),
      employees: count(unit.antallAnsatte),
      founded: text(unit.stiftelsesdato),
      website: text(unit.hjemmeside),
    },
  };
}

function reject(reason: RejectReason, detail: string, orgNumber?: string): Validation {
  return { status: 'REJECTED', reason, detail, ...(orgNumber === undefined ? {} : { orgNumber }) };
}

/** A non-empty trimmed string, or null. Numbers are accepted (a CSV tool may have converted them). */
function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** JSON booleans, or the CSV spellings "true" / "ja" / "J". */
function flag(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value !== 'string') return false;
  const v = value.trim().toLowerCase();
  return v === 'true' || v === 'ja' || v === 'j';
}

function count(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}
