import { z } from 'zod';
import { type Check, firstError, refineWith } from './check.ts';
import { textSafetyError } from './text-safety.ts';

/** Brønnøysund mod-11 weights for the first eight digits of an organisation number. */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * The mod-11 check digit for the first eight digits, or null when there is none (remainder 1
 * would need the digit 10, so no valid organisation number starts with those eight digits).
 */
export function orgNumberCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) {
    throw new Error(`orgNumberCheckDigit needs exactly 8 digits (got "${firstEight}")`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(firstEight[i]) * WEIGHTS[i]!;
  const digit = 11 - (sum % 11);
  if (digit === 11) return 0;
  if (digit === 10) return null;
  return digit;
}

/** Why a string is not a Norwegian organisation number, or null when it is one. */
export const orgNumberError: Check<string> = firstError(
  textSafetyError('Organisation number', 'single-line'),
  checkDigitsError,
);

function checkDigitsError(value: string): string | null {
  if (!/^\d{9}$/.test(value)) {
    return `Organisation number must be exactly 9 digits (got "${value}")`;
  }
  const expected = orgNumberCheckDigit(value.slice(0, 8));
  const got = Number(value[8]);
  if (expected === null) {
    return `Organisation number ${value} fails the mod-11 check digit (no check digit is possible for ${value.slice(0, 8)})`;
  }
  if (expected !== got) {
    return `Organisation number ${value} fails the mod-11 check digit (expected ${expected}, got ${got})`;
  }
  return null;
}

export function isValidOrgNumber(value: string): boolean {
  return orgNumberError(value) === null;
}

/** Removes the spaces people and some registers write: "974 760 673" → "974760673". */
export function normalizeOrgNumber(value: string): string {
  return value.replace(/[\s\u00a0]/g, '');
}

/** A valid organisation number; spaces are removed before checking. */
export const orgNumberSchema = refineWith(z.string().overwrite(normalizeOrgNumber), orgNumberError);
