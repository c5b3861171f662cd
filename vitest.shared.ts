import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The one vitest configuration every package extends. */
export function packageTestConfig(overrides: { testTimeout?: number } = {}) {
  return defineConfig({
    test: {
      setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
      testTimeout: overrides.testTimeout ?? 30_000,
      hookTimeout: 120_000,
      pool: 'forks',
      include: ['src/**/*.test.ts', 'app/**/*.test.ts'],
    },
  });
}
