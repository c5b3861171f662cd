import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import './packages/graph/src/testing/provided-context.ts';
import { selectTestEngines } from './packages/graph/src/testing/test-engines.ts';

const NEO4J_GLOBAL_SETUP = fileURLToPath(
  new URL('./packages/graph/src/testing/neo4j-global-setup.ts', import.meta.url),
);
/** Suites that touch the store run once per engine; these are about the embedded store itself. */
const LADYBUG_ONLY = 'src/**/*.ladybug.int.test.ts';
const STORE_SUITES = 'src/**/*.int.test.ts';
/** Long fault suites (SIGKILL loops, killed engines) run apart: `npm run test:faults`. */
export const FAULT_SUITES = '**/*.fault.test.ts';

/**
 * Explicit, so the Neo4j global setup starts one database per worker. An external NEO4J_URI
 * is a single database, so the suites then run one file at a time.
 */
const MAX_WORKERS = process.env.NEO4J_URI ? 1 : Math.max(1, availableParallelism() - 1);

/**
 * The one vitest configuration every package extends. A package whose integration suites
 * touch the store sets `storeSuites`: they then run as two projects, `ladybug` (every test)
 * and `neo4j` (the `*.int.test.ts` suites against a real Neo4j 5), the same files
 * parameterised by the engine each project provides.
 */
export function packageTestConfig(overrides: { testTimeout?: number; storeSuites?: boolean } = {}) {
  const base = {
    setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
    testTimeout: overrides.testTimeout ?? 30_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
    maxWorkers: MAX_WORKERS,
    exclude: [...configDefaults.exclude, FAULT_SUITES],
  };
  const everyTest = ['src/**/*.test.ts', 'app/**/*.test.ts'];
  if (!overrides.storeSuites) return defineConfig({ test: { ...base, include: everyTest } });

  const selection = selectTestEngines();
  if (selection.notice) console.warn(selection.notice);
  const projects: TestProjectInlineConfiguration[] = selection.engines.map((engine) =>
    engine === 'ladybug'
      ? {
          extends: true,
          test: { name: 'ladybug', include: everyTest, provide: { koblingEngine: 'ladybug' } },
        }
      : {
          extends: true,
          test: {
            name: 'neo4j',
            include: [STORE_SUITES],
            exclude: [...configDefaults.exclude, FAULT_SUITES, LADYBUG_ONLY],
            globalSetup: [NEO4J_GLOBAL_SETUP],
            provide: { koblingEngine: 'neo4j' },
          },
        },
  );
  return defineConfig({ test: { ...base, projects } });
}
