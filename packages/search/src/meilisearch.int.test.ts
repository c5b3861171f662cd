import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, vi } from 'vitest';
import { createMeilisearchIndex } from './meilisearch/meilisearch-index.ts';
import { searchIndexContract } from './search-index.contract.ts';
import { startMeilisearchServer } from './testing/meilisearch-server.ts';
import type { MeilisearchServer } from './testing/meilisearch-server.ts';

// A real Meilisearch indexes asynchronously and, on a busy two-core machine, one task can take
// tens of seconds: a generous guard, not a timing assertion (speed is measured in the bench).
vi.setConfig({ testTimeout: 120_000 });

let server: MeilisearchServer;

beforeAll(async () => {
  server = await startMeilisearchServer();
});

afterAll(async () => {
  await server?.stop();
});

searchIndexContract('Meilisearch', async () => {
  // One index per test: tests never see each other's documents, even on a shared MEILI_URL.
  const indexUid = `contract_${randomBytes(6).toString('hex')}`;
  const index = createMeilisearchIndex({ host: server.url, apiKey: server.masterKey, indexUid });
  return {
    index,
    cleanup: async () => {
      const client = new Meilisearch({ host: server.url, apiKey: server.masterKey });
      await client.deleteIndexIfExists(indexUid);
    },
  };
});
