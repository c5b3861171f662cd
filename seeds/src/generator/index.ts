export { actorId, generateGraph, GeneratedGraph, syntheticOrgNumber } from './generate-graph.ts';
export type { GenerateGraphOptions, ResolvedGraphOptions } from './generate-graph.ts';
export { tallyChunks } from './rows.ts';
export type {
  GraphChunk,
  GraphNodeChunk,
  GraphRelationshipChunk,
  GraphRelationshipRow,
  GraphTally,
  GraphValue,
} from './rows.ts';
export type { TopicSpec } from './topics.ts';
