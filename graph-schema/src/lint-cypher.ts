import { lintCypherQuery, parseParameters } from '@neo4j-cypher/language-support';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { lintDbSchema } from './lint-schema.ts';
import { model } from './model.ts';

export interface CypherDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Character offset of the start of the problem in the query text. */
  readonly offset: number;
}

let baseSchema: DbSchema | undefined;

/**
 * Lints one query against the model with Neo4j's own parser and semantic analysis. Every
 * `$parameter` the text uses is declared (queries are only ever called with parameters), so an
 * undeclared-parameter error cannot occur; unknown labels, relationship types, property keys and
 * functions, wrong directions, syntax and type errors are reported. Severity 1 is an error;
 * everything else the linter reports (warnings, and information or hints should it ever emit
 * them) is a warning, so nothing is dropped.
 */
export function lintCypher(text: string): CypherDiagnostic[] {
  baseSchema ??= lintDbSchema(model);
  // The linter only checks that a parameter is declared (not undefined); its value is unused.
  const parameters = Object.fromEntries(parseParameters(text, false).map((p) => [p, null]));
  const { diagnostics } = lintCypherQuery(text, { ...baseSchema, parameters });
  return diagnostics.map((d) => ({
    severity: d.severity === 1 ? 'error' : 'warning',
    message: typeof d.message === 'string' ? d.message : d.message.value,
    offset: d.offsets.start,
  }));
}
