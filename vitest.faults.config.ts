import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import './packages/graph/src/testing/provided-context.ts';

/**
 * `npm run test:faults`: the fault run (DESIGN §13, issue 11), apart from `npm test` because it
 * is long. SIGKILL during writes to the embedded store (200 kills), the search engine killed
 * mid-batch and the indexer stopped mid-way (both must converge), and the register importer
 * killed mid-file and run again. One file at a time: each kills processes of its own.
 */
export default defineConfig({
  test: {
    include: [
      'packages/graph/src/**/*.fault.test.ts',
      'seeds/src/**/*.fault.test.ts',
      'packages/search/src/meilisearch-convergence.int.test.ts',
    ],
    setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 120_000,
    provide: { koblingEngine: 'ladybug' },
  },
});
