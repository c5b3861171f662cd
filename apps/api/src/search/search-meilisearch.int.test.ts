import { vi } from 'vitest';
import { createMeilisearchIndex, startMeilisearchServer } from '@kobling/search';
import { describeSearchApi } from './search-api.contract.ts';

// A real Meilisearch started by the harness (MEILI_URL / MEILI_BIN override it). Its tasks can
// take long on a busy machine: a generous guard, not a timing assertion.
vi.setConfig({ testTimeout: 120_000 });

describeSearchApi('Meilisearch', 'meilisearch', async () => {
  const server = await startMeilisearchServer();
  const index = createMeilisearchIndex({
    host: server.url,
    apiKey: server.masterKey,
    indexUid: `api_${process.pid}`,
  });
  return {
    index,
    close: async () => {
      await index.close();
      await server.stop();
    },
  };
});
