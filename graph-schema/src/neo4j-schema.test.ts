import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import type { GraphModel } from './graph-model.ts';
import { lintDbSchema } from './lint-schema.ts';
import { model } from './model.ts';
import { neo4jSchemaStatements } from './neo4j-schema.ts';

const small: GraphModel = {
  nodes: [
    {
      label: 'KpiObservation',
      doc: '',
      key: 'id',
      properties: {
        id: { type: 'STRING', doc: '', required: true, indexed: true },
        slug: { type: 'STRING', doc: '', unique: true, indexed: true },
        year: { type: 'INT64', doc: '', indexed: true },
        note: { type: 'STRING', doc: '', required: true },
      },
    },
  ],
  relationships: [
    {
      type: 'HAS_TOPIC',
      doc: '',
      endpoints: [['KpiObservation', 'KpiObservation']],
      properties: {
        weight: { type: 'DOUBLE', doc: '', indexed: true },
        ref: { type: 'STRING', doc: '', unique: true },
      },
    },
  ],
};

describe('neo4jSchemaStatements', () => {
  it('emits key and unique constraints, then range indexes, with deterministic names', () => {
    expect(neo4jSchemaStatements(small)).toEqual([
      'CREATE CONSTRAINT kpi_observation_id_unique IF NOT EXISTS FOR (n:KpiObservation) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT kpi_observation_slug_unique IF NOT EXISTS FOR (n:KpiObservation) REQUIRE n.slug IS UNIQUE',
      'CREATE CONSTRAINT has_topic_ref_unique IF NOT EXISTS FOR ()-[r:HAS_TOPIC]-() REQUIRE r.ref IS UNIQUE',
      'CREATE RANGE INDEX kpi_observation_year_index IF NOT EXISTS FOR (n:KpiObservation) ON (n.year)',
      'CREATE RANGE INDEX has_topic_weight_index IF NOT EXISTS FOR ()-[r:HAS_TOPIC]-() ON (r.weight)',
    ]);
  });

  it('covers every label key and unique property of the model, with unique names', () => {
    const statements = neo4jSchemaStatements(model);
    for (const node of model.nodes) {
      expect(statements).toContainEqual(
        expect.stringMatching(
          new RegExp(`FOR \\(n:${node.label}\\) REQUIRE n\\.${node.key} IS UNIQUE$`),
        ),
      );
    }
    expect(statements).toContain(
      'CREATE CONSTRAINT actor_org_number_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.orgNumber IS UNIQUE',
    );
    expect(statements).toContain(
      'CREATE RANGE INDEX outbox_event_next_attempt_at_index IF NOT EXISTS FOR (n:OutboxEvent) ON (n.nextAttemptAt)',
    );
    // Existence constraints are Enterprise only and are never emitted.
    expect(statements.filter((s) => /IS NOT NULL/.test(s))).toEqual([]);
    const names = statements.map((s) => /^CREATE (?:CONSTRAINT|RANGE INDEX) (\w+) /.exec(s)?.[1]);
    expect(names).not.toContain(undefined);
    expect(new Set(names).size).toBe(names.length);
    expect(statements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });

  it('parses as Cypher 5 with Neo4j’s own parser (syntax only: DDL labels are not checked)', () => {
    // One script of all statements: a single linter run instead of one per statement.
    const script = neo4jSchemaStatements(model).join(';\n');
    const problems = lintCypherQuery(script, lintDbSchema(model)).diagnostics.map(
      (d) => `${String(d.message)} at: ${script.slice(d.offsets.start, d.offsets.start + 60)}`,
    );
    expect(problems).toEqual([]);
  });
});
