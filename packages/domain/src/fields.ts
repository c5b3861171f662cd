/*
 * Validators for the ordinary fields of the model. Each is a standalone Check (message or null)
 * and a zod schema built from it, so every caller reports the same words.
 */
import { z } from 'zod';
import { type Check, refineWith } from './check.ts';
import { SLUG_PATTERN, isUuidv7 } from './ids.ts';

export const MIN_FOUNDED_YEAR = 1800;
/** Earliest plausible year for clusters, projects and KPI figures. */
export const MIN_YEAR = 1800;
/** Projects and cluster programmes are planned a few years ahead. */
export const MAX_PLANNED_YEARS_AHEAD = 20;
export const EMAIL_MAX_LENGTH = 254;
export const URL_MAX_LENGTH = 2048;

export function currentYear(now: number = Date.now()): number {
  return new Date(now).getUTCFullYear();
}

// Deliberately loose (one @, a dot in the domain, no spaces): the real test is the mail.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function emailError(value: string): string | null {
  if (value.length > EMAIL_MAX_LENGTH) {
    return `Email address must be at most ${EMAIL_MAX_LENGTH} characters (got ${value.length})`;
  }
  if (!EMAIL_PATTERN.test(value)) return `Invalid email address "${value}"`;
  return null;
}

export function urlError(value: string): string | null {
  if (value.length > URL_MAX_LENGTH) {
    return `URL must be at most ${URL_MAX_LENGTH} characters (got ${value.length})`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `Invalid URL "${value}"`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `URL must use http or https (got "${value}")`;
  }
  return null;
}

/** Length of a trimmed text field, counted in characters (code points), not UTF-16 units. */
export function lengthError(label: string, min: number, max: number): Check<string> {
  return (value) => {
    const length = [...value].length;
    if (length < min || length > max) {
      return min === 0
        ? `${label} must be at most ${max} characters (got ${length})`
        : `${label} must be ${min}–${max} characters (got ${length})`;
    }
    return null;
  };
}

export function yearError(label: string, min: number, max: number): Check<number> {
  return (value) =>
    Number.isInteger(value) && value >= min && value <= max
      ? null
      : `${label} must be a year in ${min}–${max} (got ${value})`;
}

/** Founded year: 1800 up to the current year. */
export function foundedYearError(value: number, now: number = Date.now()): string | null {
  return yearError('Founded year', MIN_FOUNDED_YEAR, currentYear(now))(value);
}

/** A start year must not come after the end year; either may be missing. */
export function yearRangeError(
  start: number | null | undefined,
  end: number | null | undefined,
): string | null {
  if (start == null || end == null || start <= end) return null;
  return `Start year ${start} is after end year ${end}`;
}

export function countError(label: string): Check<number> {
  return (value) =>
    Number.isInteger(value) && value >= 0
      ? null
      : `${label} must be a whole number ≥ 0 (got ${value})`;
}

export const employeesError: Check<number> = countError('Employees');

export function epochMsError(label: string): Check<number> {
  return (value) =>
    Number.isSafeInteger(value) && value >= 0
      ? null
      : `${label} must be a time in epoch milliseconds (got ${value})`;
}

/** "62.010" (SN2007 sub-class), also accepts the coarser "62" and "62.01". */
const NACE_PATTERN = /^\d{2}(?:\.\d{1,3})?$/;

export function naceCodeError(value: string): string | null {
  return NACE_PATTERN.test(value) ? null : `NACE code must look like "62.010" (got "${value}")`;
}

export function slugError(value: string): string | null {
  if (value.length > 80 || !SLUG_PATTERN.test(value)) {
    return `Slug must be lower-case letters and digits joined by single hyphens, at most 80 characters (got "${value}")`;
  }
  return null;
}

/** Ids are UUIDv7, or slug-like for seeded facts (see seedId). */
export function idError(value: string): string | null {
  if (isUuidv7(value) || (value.length <= 200 && SLUG_PATTERN.test(value))) return null;
  return `Id must be a UUIDv7 or a lower-case slug-like id (got "${value}")`;
}

export function scoreError(value: number): string | null {
  return Number.isFinite(value) && value >= 0 && value <= 100
    ? null
    : `Score must be 0–100 (got ${value})`;
}

export function jsonTextError(label: string): Check<string> {
  return (value) => {
    try {
      JSON.parse(value);
      return null;
    } catch {
      return `${label} must be valid JSON`;
    }
  };
}

/** An opportunity (or anything else) must expire after it was created. */
export function expiryError(
  createdAt: number,
  expiresAt: number | null | undefined,
): string | null {
  if (expiresAt == null || expiresAt > createdAt) return null;
  return `Expiry ${new Date(expiresAt).toISOString()} must be after creation ${new Date(createdAt).toISOString()}`;
}

// ---- zod schemas built from the checks above ----

export const emailSchema = refineWith(
  z
    .string()
    .trim()
    .overwrite((s) => s.toLowerCase()),
  emailError,
);
export const urlSchema = refineWith(z.string().trim(), urlError);
export const slugSchema = refineWith(z.string(), slugError);
export const idSchema = refineWith(z.string(), idError);
export const naceCodeSchema = refineWith(z.string().trim(), naceCodeError);
export const employeesSchema = refineWith(z.number(), employeesError);
export const foundedYearSchema = refineWith(z.number(), (v) => foundedYearError(v));
export const scoreSchema = refineWith(z.number(), scoreError);

/** A trimmed text of min–max characters, named in its messages. */
export function textSchema(label: string, min: number, max: number) {
  return refineWith(z.string().trim(), lengthError(label, min, max));
}

export function yearSchema(label: string) {
  return refineWith(z.number(), (v) =>
    yearError(label, MIN_YEAR, currentYear() + MAX_PLANNED_YEARS_AHEAD)(v),
  );
}

export function countSchema(label: string) {
  return refineWith(z.number(), countError(label));
}

export function epochMsSchema(label: string) {
  return refineWith(z.number(), epochMsError(label));
}

export function jsonTextSchema(label: string) {
  return refineWith(z.string(), jsonTextError(label));
}
