import { createMeilisearchIndex, startMeilisearchServer } from '@kobling/search';
import { describeSearchSync } from './search-sync.contract.ts';

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
