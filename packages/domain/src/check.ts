import type { z } from 'zod';

/**
 * A standalone validator: the message saying exactly what is wrong, or null when the value is
 * fine. The same function backs a zod refinement (see `refineWith`), so the API, importers and
 * forms all report the same words.
 */
export type Check<T> = (value: T) => string | null;

/** Attach a Check to a schema as a refinement: its message becomes the zod issue message. */
export function refineWith<S extends z.ZodType>(schema: S, check: Check<z.output<S>>): S {
  return schema.superRefine((value, ctx) => {
    const message = check(value);
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  }) as S;
}

/** The message of the first check that fails, so later checks may assume the earlier ones hold. */
export function firstError<T>(...checks: readonly Check<T>[]): Check<T> {
  return (value) => {
    for (const check of checks) {
      const message = check(value);
      if (message !== null) return message;
    }
    return null;
  };
}
