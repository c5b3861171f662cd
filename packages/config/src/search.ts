/** Search: Meilisearch when MEILI_URL is set, the embedded index otherwise. */
import { z } from 'zod';
import { parseConcern } from './variables.ts';
import type { Parsed, SetVariables } from './variables.ts';

export interface SearchConfig {
  /** Meilisearch's address; unset: the embedded index. */
  readonly meiliUrl?: string;
  readonly meiliMasterKey?: string;
  /** The embedded index's file, in the data folder beside the graph (set by loadConfig). */
  readonly embeddedPath?: string;
}

/** The embedded search index's file inside a data folder. */
export const SEARCH_FILE = 'search.sqlite';

const schema = z
  .object({
    MEILI_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .optional(),
    MEILI_MASTER_KEY: z.string().optional(),
  })
  .transform((v): SearchConfig => ({
    ...(v.MEILI_URL === undefined ? {} : { meiliUrl: v.MEILI_URL }),
    ...(v.MEILI_MASTER_KEY === undefined ? {} : { meiliMasterKey: v.MEILI_MASTER_KEY }),
  }));

export function parseSearchConfig(set: SetVariables): Parsed<SearchConfig> {
  return parseConcern(schema, set);
}
