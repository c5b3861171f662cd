import { describe } from 'vitest';
import { openGraph } from './graph.ts';
import { describeGraphContract } from './testing/graph-contract.ts';

// The same contract as LadybugDB's; it needs a Neo4j 5 server (docker compose up neo4j).
const uri = process.env.NEO4J_URI;

describe.runIf(uri)('Neo4j', () => {
  describeGraphContract('Neo4j', () =>
    openGraph({
      engine: 'neo4j',
      uri: uri ?? '',
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
    }),
  );
});
