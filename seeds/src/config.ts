/**
 * The store configuration, parsed once from the environment with zod (DESIGN §4). Embedded by
 * default: LadybugDB in `<KOBLING_DATA_DIR>/graph.lbug` (default `./.data`, resolved against the
 * repository root so every script and workspace finds the same store). Neo4j when NEO4J_URI is
 * set. A bad value stops with one message naming every bad field. The API and the start script
 * reuse `storeConfig()`; nothing else reads these variables.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { GraphConfig } from '@kobling/graph';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The LadybugDB file inside a data folder. */
export const GRAPH_FILE = 'graph.lbug';

export type StoreConfig =
  | { readonly engine: 'ladybug'; readonly dataDir: string; readonly path: string }
  | {
      readonly engine: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database?: string;
    };

/** A configuration value is missing or malformed; `fields` names each bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly fields: readonly string[];
  constructor(problems: readonly { field: string; message: string }[]) {
    super(
      `Invalid store configuration: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    );
    this.fields = problems.map((p) => p.field);
  }
}

const NEO4J_SCHEMES = /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/:]+(:\d{1,5})?\/?$/;

const envSchema = z
  .object({
    KOBLING_DATA_DIR: z.string().refine((v) => !v.includes('\0'), 'must be a folder path'),
    NEO4J_URI: z
      .string()
      .regex(NEO4J_SCHEMES, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URL'),
    NEO4J_USER: z.string(),
    NEO4J_PASSWORD: z.string(),
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a database name'),
  })
  .partial();

const VARIABLES = [
  'KOBLING_DATA_DIR',
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
] as const;

/**
 * Pure: parses the given environment. Empty strings count as unset (compose files and CI often
 * pass `VAR=`), so an empty NEO4J_URI means the embedded store.
 */
export function parseStoreConfig(
  env: Readonly<Record<string, string | undefined>>,
  root: string = REPOSITORY_ROOT,
): StoreConfig {
  const input: Record<string, string> = {};
  for (const name of VARIABLES) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') input[name] = value;
  }
  const parsed = envSchema.safeParse(input);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      }));
  // Checked here, not in a refinement, so it is reported together with malformed values.
  if (input.NEO4J_URI !== undefined) {
    for (const field of ['NEO4J_USER', 'NEO4J_PASSWORD'] as const) {
      if (input[field] === undefined) {
        problems.push({ field, message: 'is required when NEO4J_URI is set' });
      }
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  if (e.NEO4J_URI !== undefined && e.NEO4J_USER !== undefined && e.NEO4J_PASSWORD !== undefined) {
    return {
      engine: 'neo4j',
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      ...(e.NEO4J_DATABASE === undefined ? {} : { database: e.NEO4J_DATABASE }),
    };
  }
  const dir = e.KOBLING_DATA_DIR ?? './.data';
  const dataDir = isAbsolute(dir) ? dir : resolve(root, dir);
  return { engine: 'ladybug', dataDir, path: join(dataDir, GRAPH_FILE) };
}

let cached: StoreConfig | undefined;

/** The process's store configuration: read from process.env on first call, then reused. */
export function storeConfig(): StoreConfig {
  cached ??= parseStoreConfig(process.env);
  return cached;
}

/** What `openGraph` takes. */
export function graphConfig(config: StoreConfig): GraphConfig {
  return config.engine === 'ladybug'
    ? { engine: 'ladybug', path: config.path }
    : {
        engine: 'neo4j',
        uri: config.uri,
        user: config.user,
        password: config.password,
        ...(config.database === undefined ? {} : { database: config.database }),
      };
}

/** For log lines: where the store is, never the password. */
export function describeStore(config: StoreConfig): string {
  return config.engine === 'ladybug'
    ? `LadybugDB at ${config.path}`
    : `Neo4j at ${config.uri}${config.database === undefined ? '' : ` (database ${config.database})`}`;
}
