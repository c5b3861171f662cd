import {
  ACTOR_KINDS,
  COMPANY_STAGES,
  HELICES,
  INTRODUCTION_STATUSES,
  MEMBERSHIP_STATUSES,
  SOURCES,
} from '@kobling/domain';
import type { ActorKind, CompanyStage, Helix, Source } from '@kobling/domain';

/** Small vocabularies stored as one byte per row: the index in the domain's list. */
export const codeOf = (list: readonly string[], value: string | null): number => {
  const at = value === null ? -1 : list.indexOf(value);
  return at < 0 ? 255 : at;
};

export const kindOf = (code: number): ActorKind => ACTOR_KINDS[code] ?? 'COMPANY';
export const helixOf = (code: number): Helix => HELICES[code] ?? 'INDUSTRY';
export const sourceOf = (code: number): Source => SOURCES[code] ?? 'user';
/** A stage is optional: no stage (code 255) reads as null. */
export const stageOf = (code: number): CompanyStage | null => COMPANY_STAGES[code] ?? null;
export const membershipStatusOf = (code: number): string => MEMBERSHIP_STATUSES[code] ?? '';

export {
  ACTOR_KINDS,
  COMPANY_STAGES,
  HELICES,
  INTRODUCTION_STATUSES,
  MEMBERSHIP_STATUSES,
  SOURCES,
};

export const ACTIVE = MEMBERSHIP_STATUSES.indexOf('ACTIVE');
