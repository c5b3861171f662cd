import { createRequire } from 'node:module';
import { mergeConfig } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.ts';

const require = createRequire(import.meta.url);

// graphql 16 ships CJS (main) and ESM (module) builds without "exports": Node loads the CJS one
// for Pothos and yoga, Vite would pick the ESM one for our files, and graphql refuses objects
// from "another realm". Point Vite at the file Node loads.
export default mergeConfig(packageTestConfig({ testTimeout: 60_000, storeSuites: true }), {
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
});
