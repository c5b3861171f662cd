/**
 * The store. Embedded by default: LadybugDB in `<KOBLING_DATA_DIR>/graph.lbug` (default `./.data`,
 * resolved against the repository root, so every script and workspace finds the same store).
 * Neo4j when NEO4J_URI is set. The data folder also holds the graph projection's snapshot, with
 * either engine.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseConcern } from './variables.ts';
import type { Parsed, Problem, SetVariables } from './variables.ts';

/** The LadybugDB file inside a data folder. */
const GRAPH_FILE = 'graph.lbug';

/** What `openGraph` of `@kobling/graph` takes (this package depends on nothing of ours). */
export type StoreConfig =
  | { readonly engine: 'ladybug'; readonly dataDir: string; readonly path: string }
  | {
      readonly engine: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database?: string;
    };

export interface StoreSection {
  /** The data folder, absolute: the embedded store and the projection snapshot live here. */
  readonly dataDir: string;
  readonly store: StoreConfig;
}

const NEO4J_SCHEMES = /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/:]+(:\d{1,5})?\/?$/;

function schema(root: string) {
  return z
    .object({
      KOBLING_DATA_DIR: z
        .string()
        .refine((v) => !v.includes('\0'), 'must be a folder path')
        .default('./.data'),
      NEO4J_URI: z
        .string()
        .regex(NEO4J_SCHEMES, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URL')
        .optional(),
      NEO4J_USER: z.string().optional(),
      NEO4J_PASSWORD: z.string().optional(),
      NEO4J_DATABASE: z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a database name')
        .optional(),
    })
    .transform((e): StoreSection => {
      const dataDir = isAbsolute(e.KOBLING_DATA_DIR)
        ? e.KOBLING_DATA_DIR
        : resolve(root, e.KOBLING_DATA_DIR);
      if (e.NEO4J_URI === undefined) {
        return { dataDir, store: { engine: 'ladybug', dataDir, path: join(dataDir, GRAPH_FILE) } };
      }
      return {
        dataDir,
        store: {
          engine: 'neo4j',
          uri: e.NEO4J_URI,
          // Present: the rule below refuses a NEO4J_URI without them.
          user: e.NEO4J_USER ?? '',
          password: e.NEO4J_PASSWORD ?? '',
          ...(e.NEO4J_DATABASE === undefined ? {} : { database: e.NEO4J_DATABASE }),
        },
      };
    });
}

function rules(set: SetVariables): Problem[] {
  if (set.NEO4J_URI === undefined) return [];
  return (['NEO4J_USER', 'NEO4J_PASSWORD'] as const)
    .filter((field) => set[field] === undefined)
    .map((field) => ({ field, message: 'is required when NEO4J_URI is set' }));
}

export function parseStoreSection(set: SetVariables, root: string): Parsed<StoreSection> {
  return parseConcern(schema(root), set, rules);
}

/** For log lines: where the store is, never the password. */
export function describeStore(config: StoreConfig): string {
  return config.engine === 'ladybug'
    ? `LadybugDB at ${config.path}`
    : `Neo4j at ${config.uri}${config.database === undefined ? '' : ` (database ${config.database})`}`;
}
