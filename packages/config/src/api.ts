/** What the GraphQL API itself is told: introduction expiry, its visitor cache, register imports. */
import { z } from 'zod';
import { cacheTtlMs, parseConcern, wholeNumber } from './variables.ts';
import type { Parsed, SetVariables } from './variables.ts';

export interface ApiConfig {
  readonly introductionExpiryDays: number;
  /** How long a visitor's API answer is reused for other visitors; 0 = never. */
  readonly publicCacheTtlMs: number;
  /** The only folder admins may import register files from; null = imports off. */
  readonly importDir: string | null;
}

const schema = z
  .object({
    INTRODUCTION_EXPIRY_DAYS: wholeNumber(
      1,
      365,
      'must be a whole number of days from 1 to 365',
    ).default(14),
    KOBLING_API_CACHE_TTL_MS: cacheTtlMs,
    KOBLING_IMPORT_DIR: z.string().optional(),
  })
  .transform((v): ApiConfig => ({
    introductionExpiryDays: v.INTRODUCTION_EXPIRY_DAYS,
    publicCacheTtlMs: v.KOBLING_API_CACHE_TTL_MS,
    importDir: v.KOBLING_IMPORT_DIR ?? null,
  }));

export function parseApiConfig(set: SetVariables): Parsed<ApiConfig> {
  return parseConcern(schema, set);
}
