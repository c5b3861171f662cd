import type { z } from 'zod';
import { yearRangeError } from '../fields.ts';

/** Refinement for objects with startYear/endYear: the issue is reported on endYear. */
export function checkYearRange(
  value: { startYear?: number | null | undefined; endYear?: number | null | undefined },
  ctx: z.RefinementCtx,
): void {
  const message = yearRangeError(value.startYear, value.endYear);
  if (message !== null) ctx.addIssue({ code: 'custom', path: ['endYear'], message });
}
