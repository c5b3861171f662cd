/**
 * Catalogued Cypher queries. Every query the product runs is defined here through
 * `defineQuery`, so one lint test and one contract suite can see all of them.
 */

export type Engine = 'ladybug' | 'neo4j';
export type QueryMode = 'read' | 'write';
export type Params = Record<string, unknown>;

/** Portable text, or per-engine variants side by side when the portable subset cannot say it. */
export type QueryText = string | { readonly neo4j: string; readonly ladybug: string };

export interface CypherQuery<P extends Params = Params, R = Record<string, unknown>> {
  readonly name: string;
  readonly mode: QueryMode;
  readonly text: QueryText;
  /** Phantom fields carrying the parameter and row types; never set at run time. */
  readonly _params?: P;
  readonly _row?: R;
}

const registry = new Map<string, CypherQuery>();

export function defineQuery<P extends Params, R>(
  name: string,
  mode: QueryMode,
  text: QueryText,
): CypherQuery<P, R> {
  if (registry.has(name)) throw new Error(`Query "${name}" is defined twice`);
  const query: CypherQuery<P, R> = { name, mode, text };
  registry.set(name, query as CypherQuery);
  return query;
}

export function queryTextFor(query: { readonly text: QueryText }, engine: Engine): string {
  return typeof query.text === 'string' ? query.text : query.text[engine];
}

/** Every query defined so far; import the repositories first (see catalog.ts). */
export function registeredQueries(): readonly CypherQuery[] {
  return [...registry.values()];
}
