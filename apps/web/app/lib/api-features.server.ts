import { api } from './api.server.ts';
import type { ApiArgs } from './api.server.ts';

/*
 * Which root fields the API offers. Some features (account deletion, data export, register
 * import, reindex) arrive in the API later than the site; pages ask here and show the feature
 * once the field exists. Asked once per process: the schema only changes with a deploy.
 */

let cached: Promise<{ queries: Set<string>; mutations: Set<string> }> | undefined;

const FIELDS_QUERY = /* GraphQL */ `
  query ApiFeatures {
    q: __type(name: "Query") {
      fields {
        name
      }
    }
    m: __type(name: "Mutation") {
      fields {
        name
      }
    }
  }
`;

export async function apiFeatures(
  args: ApiArgs,
): Promise<{ queries: Set<string>; mutations: Set<string> }> {
  cached ??= api<{
    q: { fields: { name: string }[] } | null;
    m: { fields: { name: string }[] } | null;
  }>(args, FIELDS_QUERY)
    .then(({ data }) => ({
      queries: new Set((data.q?.fields ?? []).map((f) => f.name)),
      mutations: new Set((data.m?.fields ?? []).map((f) => f.name)),
    }))
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}
