import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Dependencies point one way (DESIGN §2): domain ← graph, search, projection, matchmaking ←
 * api ← web; seeds, benchmarks and tools depend on packages, never the reverse. Each block
 * forbids a layer the packages it names must not import.
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
  layer(['packages/domain/**', 'graph-schema/**'], ['@kobling/*', '!@kobling/graph-schema']),
  layer(
    ['packages/graph/**'],
    above('search', 'search-sync', 'projection', 'matchmaking', 'api', 'web', 'seeds'),
  ),
  layer(
    ['packages/search/**'],
    above('graph', 'search-sync', 'projection', 'matchmaking', 'api', 'web', 'seeds'),
  ),
  layer(['packages/search-sync/**'], above('projection', 'matchmaking', 'api', 'web', 'seeds')),
  layer(
    ['packages/projection/**'],
    above('search', 'search-sync', 'matchmaking', 'api', 'web', 'seeds'),
  ),
  layer(
    ['packages/matchmaking/**'],
    above('graph', 'search', 'search-sync', 'api', 'web', 'seeds'),
  ),
  layer(['seeds/**'], above('api', 'web')),
  layer(
    ['apps/web/**'],
    above('graph', 'search', 'search-sync', 'projection', 'matchmaking', 'seeds'),
  ),
  // The API uses seeds only in benchmarks, fuzzing and tests — and, until the configuration,
  // region goals and importer move out of seeds (issue 13), in these four modules.
  layer(['apps/api/**'], above('web', 'seeds'), [
    'apps/api/src/bench/**',
    'apps/api/src/fuzz/**',
    'apps/api/src/testing/**',
    'apps/api/src/**/*.test.ts',
    'apps/api/src/cli/reindex.ts',
    'apps/api/src/region-goals.ts',
    'apps/api/src/register-import.ts',
    'apps/api/src/seed.ts',
  ]),
);
