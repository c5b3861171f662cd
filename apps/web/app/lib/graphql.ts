import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql-env.d.ts';

/*
 * GraphQL documents typed from the API's committed schema: `npm run typecheck` regenerates
 * graphql-env.d.ts from apps/api/schema.graphql and `gql.tada check` validates every document,
 * so an operation that does not match the schema fails the typecheck. Fragments live beside the
 * components that render them; a loader's one operation spreads them.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  // The API keeps epoch milliseconds inside and sends ISO 8601 text (apps/api/src/builder.ts).
  scalars: { DateTime: string };
}>();
