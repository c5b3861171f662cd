import type { Config } from '@kobling/config';
import type { ApiSettings } from './context.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The API's settings from the process configuration (@kobling/config, loaded once at start), for
 * both processes that serve it: the API alone (server.ts) and `npm start`.
 */
export function apiSettingsFrom(
  config: Pick<Config, 'server' | 'api'>,
  options: {
    /** Take the client address from X-Forwarded-For: only behind a server that sets it itself. */
    readonly trustProxy: boolean;
  },
): Partial<ApiSettings> {
  return {
    production: config.server.production,
    ...(config.server.sessionSecret === null ? {} : { sessionSecret: config.server.sessionSecret }),
    introductionExpiryMs: config.api.introductionExpiryDays * DAY_MS,
    publicCacheTtlMs: config.api.publicCacheTtlMs,
    importDir: config.api.importDir,
    trustProxy: options.trustProxy,
  };
}
