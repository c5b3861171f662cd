export {
  openClosedTestGraph,
  openTestGraph,
  testEngine,
  testNeo4jConnection,
} from './test-graph.ts';
export { sampleRow } from './factories.ts';
export type { TestEngine } from './test-engines.ts';
