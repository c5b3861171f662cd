import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Dependencies point one way (DESIGN §2): text, domain ← graph, search, search-sync, projection,
 * matchmaking, network-analytics ← use-cases ← api ← web (the importer sits on graph and domain);
 * seeds, benchmarks and tools depend on packages, never the reverse. Each block forbids a layer
 * the packages it names must not import. The configuration (@kobling/config) is read by the
 * processes (npm start, the API alone, seeds' command lines) and handed down: the packages
 * below them take what they need as arguments.
 */
const layer = (files, forbidden, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden,
            message:
              'Dependencies point one way (DESIGN §2, eslint.config.js): not from this layer.',
          },
        ],
      },
    ],
  },
});
const above = (...names) => names.map((n) => `@kobling/${n}`);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/build/**',
      '**/.react-router/**',
      '**/.data/**',
      '**/.tmp/**',
      '**/test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  layer(['packages/config/**', 'packages/text/**'], ['@kobling/*']),
  layer(['packages/domain/**', 'graph-schema/**'], ['@kobling/*', '!@kobling/graph-schema']),
  layer(
    ['packages/graph/**'],
    above(
      'search',
      'search-sync',
      'projection',
      'matchmaking',
      'network-analytics',
      'use-cases',
      'api',
      'web',
      'register-import',
      'seeds',
      'config',
      'mail',
    ),
  ),
  layer(
    ['packages/search/**'],
    above(
      'graph',
      'search-sync',
      'projection',
      'matchmaking',
      'network-analytics',
      'use-cases',
      'api',
      'web',
      'register-import',
      'seeds',
      'config',
      'mail',
    ),
  ),
  layer(
    ['packages/search-sync/**'],
    above(
      'projection',
      'matchmaking',
      'network-analytics',
      'use-cases',
      'api',
      'web',
      'register-import',
      'seeds',
      'config',
      'mail',
    ),
  ),
  layer(
    ['packages/projection/**'],
    above(
      'search',
      'search-sync',
      'matchmaking',
      'network-analytics',
      'use-cases',
      'api',
      'web',
      'register-import',
      'seeds',
      'config',
      'mail',
    ),
  ),
  layer(
    ['packages/matchmaking/**'],
    above(
      'graph',
      'search',
      'search-sync',
      'network-analytics',
      'use-cases',
      'api',
      'web',
      'register-import',
      'seeds',
      'config',
    ),
  ),
  // Network measures (issue 15): pure, over the projection, beside matchmaking.
  layer(
    ['packages/network-analytics/**'],
    above(
      'graph',
      'search',
      'search-sync',
      'matchmaking',
      'use-cases',
      'api',
      'web',
      'register-import',
      'seeds',
      'config',
      'mail',
    ),
  ),
  // Mail (templates, transport, the worker over the mail queue): the store and the domain.
  layer(
    ['packages/mail/**'],
    above(
      'search',
      'search-sync',
      'projection',
      'matchmaking',
      'use-cases',
      'api',
      'web',
      'register-import',
      'seeds',
      'config',
    ),
  ),
  // The application's operations (authorization, transaction, rules) over the packages below.
  layer(['packages/use-cases/**'], above('api', 'web', 'seeds', 'config')),
  // The register importer (run by seeds' command line and the API's admin mutation): the store
  // and the domain, nothing above them.
  layer(
    ['packages/register-import/**'],
    above(
      'search',
      'search-sync',
      'projection',
      'matchmaking',
      'network-analytics',
      'use-cases',
      'api',
      'web',
      'seeds',
      'config',
      'mail',
    ),
  ),
  layer(['seeds/**'], above('api', 'web')),
  layer(
    ['apps/web/**'],
    above(
      'graph',
      'search',
      'search-sync',
      'projection',
      'matchmaking',
      'use-cases',
      'register-import',
      'seeds',
      'config',
      'server',
      'mail',
    ),
  ),
  // The API uses seeds only in benchmarks, fuzzing and tests.
  layer(['apps/api/**'], above('web', 'seeds', 'server'), [
    'apps/api/src/bench/**',
    'apps/api/src/fuzz/**',
    'apps/api/src/testing/**',
    'apps/api/src/**/*.test.ts',
  ]),
  // The platform's server (what scripts/start.ts composes) serves the API and the site's build;
  // nothing imports it. It may use seeds: a composition root (the API alone, api-only.ts) seeds
  // an empty store, as scripts/start.ts does.
  layer(['apps/server/**'], above('web')),
  // Configuration is read in one place, @kobling/config (DESIGN §4); processes pass it down.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: [
      'packages/config/**', // the one place the environment is read
      'vitest.shared.ts', // an external NEO4J_URI is one database: the test runner's own setting
      'scripts/test.ts', // passes the environment on to turbo and picks the test engines
      'scripts/bench.ts', // passes the environment on to turbo
      'packages/graph/src/testing/**', // the test store harness: engines, Neo4j server, worker id
      'packages/graph/src/durability.fault.test.ts', // the fault suite's kill count
      'packages/search/src/testing/**', // the test Meilisearch: MEILI_BIN, or an external server
      'packages/search/src/bench/search-bench.ts', // the bench's document count
      'packages/search/src/bench/engine-comparison.ts', // the comparison's document count
      'seeds/src/cli/testing/run-node.ts', // starts a command line with the test's environment
      'seeds/src/cli/testing/run-import-cli.ts', // starts the importer with the test's environment
      'seeds/src/faults/import-kill.fault.test.ts', // starts the importer it kills
      'apps/api/src/bench/api-bench.ts', // starts the API server it measures
      'e2e/playwright.config.ts', // the e2e run's data folder and port, handed to its workers
      'e2e/global-teardown.ts', // removes the e2e run's data folder
      'e2e/run-on-neo4j.ts', // starts the e2e run against a Neo4j it starts or is given
      'e2e/bench/platform.ts', // starts the platform it measures
      'e2e/bench/web-bench.ts', // starts the platform it measures
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through @kobling/config (loadConfig) and pass it down.',
        },
      ],
    },
  },
);
