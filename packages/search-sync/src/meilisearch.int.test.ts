import { vi } from 'vitest';
import { createMeilisearchIndex, startMeilisearchServer } from '@kobling/search';
import { describeSearchSync } from './search-sync.contract.ts';

// A real Meilisearch indexes asynchronously and, on a busy two-core machine, one task can take
// tens of seconds: a generous guard, not a timing assertion (speed is measured in the bench).
vi.setConfig({ testTimeout: 120_000 });

describeSearchSync(
  'Meilisearch',
  async () => {
    const server = await startMeilisearchServer({ ownProcess: true });
    return {
      index: createMeilisearchIndex({
        host: server.url,
        apiKey: server.masterKey,
        indexUid: 'sync',
      }),
      crash: { kill: () => server.kill(), restart: () => server.restart() },
      close: () => server.stop(),
    };
  },
  { crashable: true },
);
