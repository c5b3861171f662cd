/** The site `npm start` serves: its visitor page cache and when its build is redone. */
import { z } from 'zod';
import { cacheTtlMs, parseConcern } from './variables.ts';
import type { Parsed, SetVariables } from './variables.ts';

export interface WebConfig {
  /** How long a visitor's rendered page is reused for other visitors; 0 = never. */
  readonly cacheTtlMs: number;
  /** `when-stale` builds when the build is missing or older than the site's sources. */
  readonly build: 'always' | 'never' | 'when-stale';
}

const schema = z
  .object({
    KOBLING_WEB_CACHE_TTL_MS: cacheTtlMs,
    KOBLING_BUILD: z.enum(['always', 'never'], { error: 'must be always or never' }).optional(),
  })
  .transform((v): WebConfig => ({
    cacheTtlMs: v.KOBLING_WEB_CACHE_TTL_MS,
    build: v.KOBLING_BUILD ?? 'when-stale',
  }));

export function parseWebConfig(set: SetVariables): Parsed<WebConfig> {
  return parseConcern(schema, set);
}
