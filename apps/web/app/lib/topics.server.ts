import { api } from './api.server.ts';
import type { ApiArgs } from './api.server.ts';

export interface TopicOption {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly nameNb: string;
  readonly broader: { readonly id: string } | null;
}

const TOPICS_QUERY = /* GraphQL */ `
  query TopicOptions {
    topics(first: 100) {
      edges {
        node {
          id
          slug
          name
          nameNb
          broader {
            id
          }
        }
      }
    }
  }
`;

/** The taxonomy for pickers (it is small: about a hundred topics). */
export async function loadTopicOptions(args: ApiArgs): Promise<TopicOption[]> {
  const { data } = await api<{ topics: { edges: { node: TopicOption }[] } }>(args, TOPICS_QUERY);
  return data.topics.edges.map((e) => e.node);
}
