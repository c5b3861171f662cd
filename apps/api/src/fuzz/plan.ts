import type { GraphQLField } from 'graphql';
import type { GraphqlBody } from './documents.ts';
import type { SelectionContext } from './selection.ts';

/*
 * What a strategy produces: one HTTP request to /graphql, before a caller's credentials are
 * added, and what the runner needs to judge the answer (whether it may write).
 */

export interface HttpPlan {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** The URL's query string (GET requests carry the operation there). */
  readonly search: string;
  readonly contentType: string | null;
  readonly body: string | Uint8Array | null;
  /** Send `content-length`, as most clients do; without it the body limit is enforced on the bytes read. */
  readonly declareLength: boolean;
}

export interface Plan {
  /** Which generator made it, e.g. `field/one-bad` or `document/syntax`. */
  readonly strategy: string;
  /** The root field it aims at (`Mutation.createActor`), or a short description. */
  readonly target: string;
  /** It may write: the runner compares the store before and after when it fails. */
  readonly mutation: boolean;
  readonly http: HttpPlan;
}

export type RootField = GraphQLField<unknown, unknown>;

export interface GeneratorContext extends SelectionContext {
  readonly queryFields: readonly RootField[];
  readonly mutationFields: readonly RootField[];
}

export function jsonPost(body: GraphqlBody | unknown, declareLength = true): HttpPlan {
  return {
    method: 'POST',
    search: '',
    contentType: 'application/json',
    body: JSON.stringify(body),
    declareLength,
  };
}
