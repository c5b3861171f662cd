import { packageTestConfig } from '../vitest.shared.ts';

// Loading the seed on Neo4j takes most of a minute on a busy two-core machine: a guard, not a timing assertion.
export default packageTestConfig({ testTimeout: 120_000, storeSuites: true });
