/**
 * What every configuration concern shares: the environment as the concerns see it, the problems
 * they report, and the value types more than one of them reads.
 */
import { z } from 'zod';

/** The process environment, or any record shaped like it (tests pass their own). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The variables that are set: trimmed, without the empty ones. */
export type SetVariables = Readonly<Record<string, string>>;

/** One bad variable: `field` is its name, `message` says what it must be. */
export interface Problem {
  readonly field: string;
  readonly message: string;
}

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Empty values count as unset: compose files and CI often pass `VAR=`, which must mean the
 * default (an empty NEO4J_URI is the embedded store, an empty PORT the default port).
 */
export function setVariables(env: Environment): SetVariables {
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed !== '') set[name] = trimmed;
  }
  return set;
}

/**
 * Parses one concern: its schema over the set variables, then its rules across fields. The
 * rules read the raw values, so they are reported together with malformed ones (zod skips an
 * object's refinements once one of its fields fails).
 */
export function parseConcern<T>(
  schema: z.ZodType<T>,
  set: SetVariables,
  rules: (set: SetVariables) => readonly Problem[] = () => [],
): Parsed<T> {
  const result = schema.safeParse(set);
  const problems = [
    ...(result.success
      ? []
      : result.error.issues.map((issue) => ({
          field: String(issue.path[0] ?? 'environment'),
          message: issue.message,
        }))),
    ...rules(set),
  ];
  if (result.success && problems.length === 0) return { ok: true, value: result.data };
  return { ok: false, problems };
}

/** A whole number in a range, written in decimal digits; anything else gets `message`. */
export function wholeNumber(min: number, max: number, message: string) {
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
}

/** How long something visitors see may be reused, in ms (0 = not at all). */
export const cacheTtlMs = wholeNumber(0, 600_000, 'must be 0–600000 (ms)').default(5_000);
