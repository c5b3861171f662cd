/**
 * The one place configuration is read (DESIGN §4): every process calls `loadConfig` (or, when it
 * only needs the store, `loadStoreConfig`) once at start and passes what it needs on. A bad
 * value stops the start with one ConfigError naming every bad variable.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAdminAccount } from './admin.ts';
import type { AdminAccount } from './admin.ts';
import { parseApiConfig } from './api.ts';
import type { ApiConfig } from './api.ts';
import { parseMailConfig } from './mail.ts';
import type { MailConfig } from './mail.ts';
import { SEARCH_FILE, parseSearchConfig } from './search.ts';
import type { SearchConfig } from './search.ts';
import { parseServerConfig } from './server.ts';
import type { ServerConfig } from './server.ts';
import { parseStoreSection } from './store.ts';
import type { StoreConfig } from './store.ts';
import { setVariables } from './variables.ts';
import type { Environment, Parsed, Problem } from './variables.ts';
import { parseWebConfig } from './web.ts';
import type { WebConfig } from './web.ts';

/** Relative data folders are resolved against this, whichever workspace a script runs in. */
const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `npm start`'s port; the API alone (apps/server/src/api-only.ts) passes its own default. */
const PLATFORM_PORT = 3000;

export interface Config {
  readonly server: ServerConfig;
  /**
   * The data folder, absolute: the embedded store, the projection snapshot and the embedded
   * search index live here.
   */
  readonly dataDir: string;
  readonly store: StoreConfig;
  readonly search: SearchConfig;
  readonly api: ApiConfig;
  /** The administrator `npm start` makes sure exists; null when none is configured. */
  readonly admin: AdminAccount | null;
  readonly web: WebConfig;
  readonly mail: MailConfig;
}

export interface LoadOptions {
  /** What a relative KOBLING_DATA_DIR is resolved against (default: the repository root). */
  readonly root?: string;
  /** The port when PORT is unset (default 3000, `npm start`'s). */
  readonly defaultPort?: number;
}

/** A configuration value is missing or malformed; `fields` names each bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly fields: readonly string[];
  constructor(heading: string, problems: readonly Problem[]) {
    super(`${heading}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
    this.fields = problems.map((p) => p.field);
  }
}

function problemsOf(parsed: Parsed<unknown>): readonly Problem[] {
  return parsed.ok ? [] : parsed.problems;
}

/** The whole configuration of a process; throws one ConfigError listing every bad variable. */
export function loadConfig(env: Environment = process.env, options: LoadOptions = {}): Config {
  const set = setVariables(env);
  const server = parseServerConfig(set, options.defaultPort ?? PLATFORM_PORT);
  const store = parseStoreSection(set, options.root ?? REPOSITORY_ROOT);
  const search = parseSearchConfig(set);
  const api = parseApiConfig(set);
  const admin = parseAdminAccount(set);
  const web = parseWebConfig(set);
  const mail = parseMailConfig(set);
  if (server.ok && store.ok && search.ok && api.ok && admin.ok && web.ok && mail.ok) {
    return {
      server: server.value,
      dataDir: store.value.dataDir,
      store: store.value.store,
      search: { ...search.value, embeddedPath: join(store.value.dataDir, SEARCH_FILE) },
      api: api.value,
      admin: admin.value,
      web: web.value,
      mail: mail.value,
    };
  }
  throw new ConfigError(
    'Invalid configuration',
    [server, store, search, api, admin, web, mail].flatMap(problemsOf),
  );
}

/**
 * Only the store, for the command lines that need nothing else (seed, import): a variable of
 * the server they do not run cannot stop them.
 */
export function loadStoreConfig(
  env: Environment = process.env,
  options: Pick<LoadOptions, 'root'> = {},
): StoreConfig {
  const parsed = parseStoreSection(setVariables(env), options.root ?? REPOSITORY_ROOT);
  if (!parsed.ok) throw new ConfigError('Invalid store configuration', parsed.problems);
  return parsed.value.store;
}
