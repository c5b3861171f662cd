import type { DbSchema } from '@neo4j-cypher/language-support';
import { testData } from '@neo4j-cypher/language-support';
import type { GraphModel } from './graph-model.ts';

// Neo4j's built-in function and procedure signatures, per Cypher version, as shipped by the
// package. Without them the linter cannot tell an unknown function from a known one.
const builtins = testData.mockSchema;

/**
 * The schema `lintCypherQuery` checks a query against: the model's labels, relationship types,
 * property keys (node and relationship, one flat list: the linter does not know which label
 * owns which key), Neo4j's built-ins, the declared `$parameters`, and `graphSchema` — one entry
 * per relationship endpoint pair, which lets the linter warn about a wrong direction.
 */
export function lintDbSchema(
  model: GraphModel,
  parameters: Readonly<Record<string, unknown>> = {},
): DbSchema {
  const propertyKeys = new Set<string>();
  for (const decl of [...model.nodes, ...model.relationships]) {
    for (const key of Object.keys(decl.properties)) propertyKeys.add(key);
  }
  return {
    labels: model.nodes.map((n) => n.label),
    relationshipTypes: model.relationships.map((r) => r.type),
    propertyKeys: [...propertyKeys].sort(),
    functions: builtins.functions ?? {},
    procedures: builtins.procedures ?? {},
    parameters: { ...parameters },
    defaultLanguage: 'CYPHER 5',
    graphSchema: model.relationships.flatMap((r) =>
      r.endpoints.map(([from, to]) => ({ from, to, relType: r.type })),
    ),
  };
}
