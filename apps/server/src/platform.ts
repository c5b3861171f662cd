import { join } from 'node:path';
import {
  apiSettingsFrom,
  createApi,
  mailOptionsFrom,
  startExpirySweep,
  startMailJobs,
  startSearch,
} from '@kobling/api';
import type { Api } from '@kobling/api';
import { describeStore } from '@kobling/config';
import type { Config } from '@kobling/config';
import { openGraph } from '@kobling/graph';
import type { Graph } from '@kobling/graph';
import { ensureSeeded, formatSeedSummary } from '@kobling/seeds';

export interface Platform {
  readonly graph: Graph;
  readonly api: Api;
  /** Stops the timers, the mail worker and the indexer, then closes the store. */
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Loads the region's data into an empty store. */
  readonly seedWhenEmpty: boolean;
  /** Believe X-Forwarded-For: only behind a server that sets it itself. */
  readonly trustProxy: boolean;
}

/**
 * What both start commands run (`npm start` and `npm run start:api`): the store, seeded when
 * empty; search and its indexer, which every mutation wakes; the API; the expiry sweep, so
 * unanswered introductions expire on a timer too, not only when read; and the mail worker with
 * the expiry reminders and the weekly digest (SMTP_URL, else the development mailbox).
 */
export async function openPlatform(config: Config, options: PlatformOptions): Promise<Platform> {
  const graph = await openGraph(config.store);
  console.info(`Store: ${describeStore(config.store)}`);
  if (options.seedWhenEmpty) {
    const summary = await ensureSeeded(graph);
    if (summary) console.info(formatSeedSummary(summary));
  }
  const search = await startSearch(graph, config.search);
  const api = createApi({
    graph,
    projectionSnapshotPath: join(config.dataDir, 'projection.snapshot'),
    settings: apiSettingsFrom(config, { trustProxy: options.trustProxy }),
    search: search.sync,
    searchEngine: search.engine,
    mail: mailOptionsFrom(config),
  });
  const stopSweep = startExpirySweep(graph);
  const stopMail = startMailJobs(graph, api.mail, api.projection);
  if (config.mail.smtpUrl === null) {
    console.info('Mail: no SMTP_URL, so mail is kept in the development mailbox (/admin/mailbox)');
  }
  return {
    graph,
    api,
    async stop() {
      stopSweep();
      await stopMail();
      await search.stop();
      await graph.close();
    },
  };
}
