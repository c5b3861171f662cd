import type { GraphModel } from './graph-model.ts';
import { snakeCase } from './graph-model.ts';

/**
 * Neo4j 5 DDL for the model, idempotent (`IF NOT EXISTS`) and in a stable order:
 * - a uniqueness constraint on each label's key (`actor_id_unique`);
 * - a uniqueness constraint for each `unique` property (node and relationship);
 * - a range index for each `indexed` property that is not already backed by a constraint (a
 *   uniqueness constraint brings its own range index; a second index on the same property is an
 *   error in Neo4j, even with IF NOT EXISTS).
 *
 * `required` is deliberately not emitted: property existence (and property type) constraints
 * are Neo4j Enterprise only. Required properties are enforced by the domain schemas and the
 * repositories that write them, on both engines.
 */
export function neo4jSchemaStatements(model: GraphModel): string[] {
  const constraints: string[] = [];
  const indexes: string[] = [];

  for (const node of model.nodes) {
    const base = snakeCase(node.label);
    constraints.push(
      `CREATE CONSTRAINT ${base}_${snakeCase(node.key)}_unique IF NOT EXISTS ` +
        `FOR (n:${node.label}) REQUIRE n.${node.key} IS UNIQUE`,
    );
    for (const [name, prop] of Object.entries(node.properties)) {
      if (name === node.key) continue;
      const stem = `${base}_${snakeCase(name)}`;
      if (prop.unique) {
        constraints.push(
          `CREATE CONSTRAINT ${stem}_unique IF NOT EXISTS ` +
            `FOR (n:${node.label}) REQUIRE n.${name} IS UNIQUE`,
        );
      } else if (prop.indexed) {
        indexes.push(
          `CREATE RANGE INDEX ${stem}_index IF NOT EXISTS FOR (n:${node.label}) ON (n.${name})`,
        );
      }
    }
  }

  for (const rel of model.relationships) {
    const base = snakeCase(rel.type);
    for (const [name, prop] of Object.entries(rel.properties)) {
      const stem = `${base}_${snakeCase(name)}`;
      // Relationship uniqueness constraints exist since Neo4j 5.7 (Community included).
      if (prop.unique) {
        constraints.push(
          `CREATE CONSTRAINT ${stem}_unique IF NOT EXISTS ` +
            `FOR ()-[r:${rel.type}]-() REQUIRE r.${name} IS UNIQUE`,
        );
      } else if (prop.indexed) {
        indexes.push(
          `CREATE RANGE INDEX ${stem}_index IF NOT EXISTS FOR ()-[r:${rel.type}]-() ON (r.${name})`,
        );
      }
    }
  }

  return [...constraints, ...indexes];
}
