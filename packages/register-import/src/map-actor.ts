/**
 * Maps a valid regional unit to the row the writer upserts (by orgNumber) into Actor.
 * Names are kept exactly as registered (the register's upper case included); only the slug is
 * normalised.
 */
import { slugify } from '@kobling/domain';
import type { ActorKind, Helix } from '@kobling/domain';
import type { TechRule } from './tech-classification.ts';
import type { ValidUnit } from './validate-unit.ts';

/** The Actor properties an import sets; the writer adds id, timestamps and editedFields. */
export interface ActorUpsertRow {
  readonly orgNumber: string;
  readonly name: string;
  readonly slug: string;
  readonly kind: ActorKind;
  readonly helix: Helix;
  readonly naceCode: string | null;
  readonly employees: number | null;
  readonly foundedYear: number | null;
  readonly isTech: boolean;
  readonly website: string | null;
  /** Today's kommunenummer, for the LOCATED_IN relationship (not an Actor property). */
  readonly municipalityCode: string;
  readonly source: 'brreg';
  readonly sourceRef: string;
}

/** The Actor properties an import may overwrite, i.e. what `editedFields` can protect. */
export const IMPORTED_FIELDS = [
  'name',
  'slug',
  'kind',
  'helix',
  'naceCode',
  'employees',
  'foundedYear',
  'isTech',
  'website',
  'municipalityCode',
  'source',
  'sourceRef',
] as const satisfies readonly (keyof ActorUpsertRow)[];
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

/**
 * organisasjonsform → kind and helix. Anything not listed is a COMPANY in INDUSTRY (most forms
 * are kinds of business: AS, ASA, ENK, NUF, ANS, DA, KS, SA, …).
 * Public bodies are PUBLIC_ACTOR / GOVERNMENT. Foundations and associations (STI, FLI) are
 * INTERMEDIARY / INDUSTRY: the register cannot tell a cluster organisation from a sports club, and
 * the model has no civil-society helix. Higher education (NACE 85.4) overrides the form: NTNU is
 * registered as ORGL under the state but is an academic INSTITUTION.
 */
export const ORGANISATION_FORMS: Readonly<Record<string, { kind: ActorKind; helix: Helix }>> = {
  AS: { kind: 'COMPANY', helix: 'INDUSTRY' }, // aksjeselskap
  ASA: { kind: 'COMPANY', helix: 'INDUSTRY' }, // allmennaksjeselskap
  ENK: { kind: 'COMPANY', helix: 'INDUSTRY' }, // enkeltpersonforetak
  NUF: { kind: 'COMPANY', helix: 'INDUSTRY' }, // norskregistrert utenlandsk foretak
  ANS: { kind: 'COMPANY', helix: 'INDUSTRY' }, // ansvarlig selskap
  DA: { kind: 'COMPANY', helix: 'INDUSTRY' }, // selskap med delt ansvar
  KS: { kind: 'COMPANY', helix: 'INDUSTRY' }, // kommandittselskap
  SA: { kind: 'COMPANY', helix: 'INDUSTRY' }, // samvirkeforetak
  SE: { kind: 'COMPANY', helix: 'INDUSTRY' }, // europeisk selskap
  SF: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // statsforetak
  STAT: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // staten
  ORGL: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // organisasjonsledd (of the state)
  KOMM: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // kommune
  FYLK: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // fylkeskommune
  KF: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // kommunalt foretak
  FKF: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // fylkeskommunalt foretak
  IKS: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // interkommunalt selskap
  SÆR: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // særlovsselskap
  KIRK: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // den norske kirke
  ADOS: { kind: 'PUBLIC_ACTOR', helix: 'GOVERNMENT' }, // administrativ enhet, offentlig sektor
  STI: { kind: 'INTERMEDIARY', helix: 'INDUSTRY' }, // stiftelse
  FLI: { kind: 'INTERMEDIARY', helix: 'INDUSTRY' }, // forening/lag/innretning
};

const DEFAULT_FORM = { kind: 'COMPANY', helix: 'INDUSTRY' } as const;

export function kindAndHelix(
  organisationForm: string | null,
  naceCode: string | null,
): { kind: ActorKind; helix: Helix } {
  if (naceCode !== null && naceCode.replace(/\D/g, '').startsWith('854')) {
    return { kind: 'INSTITUTION', helix: 'ACADEMIA' };
  }
  return (
    (organisationForm === null ? undefined : ORGANISATION_FORMS[organisationForm.toUpperCase()]) ??
    DEFAULT_FORM
  );
}

export const BRREG_UNIT_URL = 'https://data.brreg.no/enhetsregisteret/api/enheter/';

export function toActorRow(unit: ValidUnit, techRule: TechRule): ActorUpsertRow {
  const { kind, helix } = kindAndHelix(unit.organisationForm, unit.naceCode);
  return {
    orgNumber: unit.orgNumber,
    name: unit.name,
    slug: actorSlug(unit.name, unit.orgNumber),
    kind,
    helix,
    naceCode: unit.naceCode,
    employees: unit.employees,
    foundedYear: foundedYear(unit.founded),
    isTech: techRule.isTech(unit.naceCode),
    website: normaliseWebsite(unit.website),
    municipalityCode: unit.municipalityCode,
    source: 'brreg',
    sourceRef: BRREG_UNIT_URL + unit.orgNumber,
  };
}

/**
 * Slug from the name (the domain's slugify, as for every actor) plus the last five digits of the
 * org number, which keeps slugs readable and almost always unique (same name and same five
 * digits is rare; writers must still check and fall back to `actorSlug(name, orgNumber, true)`,
 * which uses all nine digits). The name part is kept to 60 characters so the whole slug stays
 * within the slug length limit.
 */
export function actorSlug(name: string, orgNumber: string, fullOrgNumber = false): string {
  const base = slugify(name).slice(0, 60).replace(/-+$/g, '');
  const suffix = fullOrgNumber ? orgNumber : orgNumber.slice(-5);
  return base === '' ? `enhet-${suffix}` : `${base}-${suffix}`;
}

/** Year from stiftelsesdato ("2014-03-05"), or null when absent or implausible. */
export function foundedYear(date: string | null): number | null {
  if (date === null) return null;
  const m = /^(\d{4})/.exec(date);
  if (m === null) return null;
  const year = Number(m[1]);
  return year >= 1500 && year <= 2100 ? year : null;
}

/** The register stores "www.example.no"; a website property is a URL, so add https:// if no scheme. */
export function normaliseWebsite(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  if (v === '') return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`;
}
