import { z } from 'zod';
import { refineWith } from './check.ts';

export const TRL_MIN = 1;
export const TRL_MAX = 9;

/** Technology readiness levels (H2020 Annex G), for labels and help text. */
export const TRL_DEFINITIONS: Readonly<Record<number, string>> = {
  1: 'Basic principles observed',
  2: 'Concept formulated',
  3: 'Experimental proof of concept',
  4: 'Validated in lab',
  5: 'Validated in relevant environment',
  6: 'Demonstrated in relevant environment',
  7: 'Prototype demonstrated in operational environment',
  8: 'System complete and qualified',
  9: 'Proven in operational environment',
};

export function trlError(value: number): string | null {
  if (!Number.isInteger(value) || value < TRL_MIN || value > TRL_MAX) {
    return `TRL must be 1–9 (got ${value})`;
  }
  return null;
}

export function isTrl(value: unknown): value is number {
  return typeof value === 'number' && trlError(value) === null;
}

export const trlSchema = refineWith(z.number(), trlError);
