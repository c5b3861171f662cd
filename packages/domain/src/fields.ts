/*
 * Validators for the ordinary fields of the model. Each is a standalone Check (message or null)
 * and a zod schema built from it, so every caller reports the same words. Every check of a
 * string starts with textSafetyError, so the checks after it may quote the value in their
 * message without echoing control or bidirectional characters back to the user.
 */
import { z } from 'zod';
import { type Check, firstError, refineWith } from './check.ts';
import { SLUG_PATTERN, isUuidv7 } from './ids.ts';
import { type TextLines, findCharacter, normalizeText, textSafetyError } from './text-safety.ts';

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

/*
 * Addresses are ASCII. A look-alike letter (Cyrillic "а" for Latin "a") would otherwise give a
 * second account that reads exactly like the first. An internationalised domain still works in
 * its punycode form (xn--…), which is what mail servers use anyway; internationalised local parts
 * (SMTPUTF8) are not supported.
 */
function emailAsciiError(value: string): string | null {
  const found = findCharacter(value, (c) => c.codePointAt(0)! > 0x7f);
  if (found === null) return null;
  return `Email address must contain only ASCII characters (found "${found.character}", ${found.codePoint}, at character ${found.position}); write an international domain in punycode (xn--…)`;
}

export const emailError: Check<string> = firstError(
  textSafetyError('Email address', 'single-line'),
  emailAsciiError,
  (value) =>
    value.length > EMAIL_MAX_LENGTH
      ? `Email address must be at most ${EMAIL_MAX_LENGTH} characters (got ${value.length})`
      : null,
  (value) => (EMAIL_PATTERN.test(value) ? null : `Invalid email address "${value}"`),
);

export const urlError: Check<string> = firstError(
  textSafetyError('URL', 'single-line'),
  (value) => {
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
  },
);

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

export const naceCodeError: Check<string> = firstError(
  textSafetyError('NACE code', 'single-line'),
  (value) =>
    NACE_PATTERN.test(value) ? null : `NACE code must look like "62.010" (got "${value}")`,
);

export const slugError: Check<string> = firstError(
  textSafetyError('Slug', 'single-line'),
  (value) =>
    value.length > 80 || !SLUG_PATTERN.test(value)
      ? `Slug must be lower-case letters and digits joined by single hyphens, at most 80 characters (got "${value}")`
      : null,
);

/** Ids are UUIDv7, or slug-like for seeded facts (see seedId). */
export const idError: Check<string> = firstError(textSafetyError('Id', 'single-line'), (value) =>
  isUuidv7(value) || (value.length <= 200 && SLUG_PATTERN.test(value))
    ? null
    : `Id must be a UUIDv7 or a lower-case slug-like id (got "${value}")`,
);

export function scoreError(value: number): string | null {
  return Number.isFinite(value) && value >= 0 && value <= 100
    ? null
    : `Score must be 0–100 (got ${value})`;
}

/** JSON may be laid out on several lines; the characters inside its strings are checked too. */
export function jsonTextError(label: string): Check<string> {
  return firstError(textSafetyError(label, 'multi-line'), (value) => {
    try {
      JSON.parse(value);
      return null;
    } catch {
      return `${label} must be valid JSON`;
    }
  });
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

/*
 * Lower case and NFC, so one address has one spelling. Accepted addresses are ASCII, where NFC
 * changes nothing; it runs first so that an accent typed as letter + combining mark is named in
 * the message as the one character the person sees.
 */
export const emailSchema = refineWith(
  z
    .string()
    .trim()
    .overwrite((s) => s.normalize('NFC').toLowerCase()),
  emailError,
);
export const urlSchema = refineWith(z.string().trim(), urlError);
// No normalisation: a slug is ASCII by its pattern, and NFC leaves ASCII as it is.
export const slugSchema = refineWith(z.string(), slugError);
export const idSchema = refineWith(z.string(), idError);
export const naceCodeSchema = refineWith(z.string().trim(), naceCodeError);
export const employeesSchema = refineWith(z.number(), employeesError);
export const foundedYearSchema = refineWith(z.number(), (v) => foundedYearError(v));
export const scoreSchema = refineWith(z.number(), scoreError);

function textOf(lines: TextLines, label: string, min: number, max: number) {
  return refineWith(
    z
      .string()
      .trim()
      .overwrite((s) => normalizeText(s, lines)),
    firstError(textSafetyError(label, lines), lengthError(label, min, max)),
  );
}

/**
 * A trimmed single line of min–max characters, in NFC (see normalizeText), named in its
 * messages: names, titles and the like.
 */
export function textSchema(label: string, min: number, max: number) {
  return textOf('single-line', label, min, max);
}

/**
 * Like textSchema, but keeps line feeds and tabs (CRLF and CR become LF): descriptions,
 * messages, notes.
 */
export function multilineTextSchema(label: string, min: number, max: number) {
  return textOf('multi-line', label, min, max);
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
