import type { TestEngine } from './test-engines.ts';

// What the vitest configuration and the Neo4j global setup hand the tests (`inject`).
declare module 'vitest' {
  export interface ProvidedContext {
    koblingEngine: TestEngine;
    koblingNeo4jUris: string[];
  }
}
