import type { AsOf, TieVisibility } from '@kobling/network-analytics';
import { asOfDate } from '@kobling/network-analytics';
import type { Viewer } from '@kobling/use-cases';
import { z } from 'zod';

/*
 * The moment and the ties a network question is answered for. Accepted introductions are private
 * to their two sides: they count only for administrators, so every other viewer — and the cache
 * per projection version — sees the same public network.
 */

export const visibilityFor = (viewer: Viewer): TieVisibility => (viewer.isAdmin ? 'ALL' : 'PUBLIC');

/** The years a question may be about: the platform's facts start after the first. */
export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2100;
/** A trend of more years than this is a mistake, not a chart. */
export const MAX_TREND_YEARS = 50;

const yearSchema = z
  .number()
  .int('Give a whole year')
  .min(FIRST_YEAR, `Give a year from ${FIRST_YEAR}`)
  .max(LAST_YEAR, `Give a year up to ${LAST_YEAR}`);

/** A calendar day ("2026-01-31") in FIRST_YEAR to LAST_YEAR, as the `asOf` argument takes it. */
export const dateSchema = z.iso
  .date('Give a date as YYYY-MM-DD')
  .refine(
    (day) => Number(day.slice(0, 4)) >= FIRST_YEAR && Number(day.slice(0, 4)) <= LAST_YEAR,
    `Give a date from ${FIRST_YEAR} to ${LAST_YEAR}`,
  );

/** `from` and `to` of a trend: years in range, in order, not too many. */
export const trendYearsSchema = z
  .object({ from: yearSchema, to: yearSchema })
  .refine((y) => y.from <= y.to, { message: '`from` must not be after `to`', path: ['to'] })
  .refine((y) => y.to - y.from < MAX_TREND_YEARS, {
    message: `Ask for at most ${MAX_TREND_YEARS} years`,
    path: ['to'],
  });

/** The moment for an `asOf` argument (a validated date), or the end of today. */
export function momentOf(asOf: string | null | undefined, now: number): AsOf {
  return asOfDate(new Date(asOf ?? now));
}

/** The day of a moment as the API shows it. */
export const dayOf = (asOf: AsOf): string => new Date(asOf.at).toISOString().slice(0, 10);
