import type { Route } from './+types/export';
import { api } from '../../lib/api.server.ts';
import { requireUser } from '../../lib/viewer.server.ts';

/*
 * Export my data: everything the API shows the signed-in user about themself, as one JSON
 * download (account, representations, managed clusters, person profile, introductions).
 */
const EXPORT_QUERY = /* GraphQL */ `
  query ExportMyData {
    viewer {
      roles
      user {
        id
        name
        email
        isAdmin
        createdAt
        representations {
          status
          role
          since
          actor {
            id
            name
            slug
          }
        }
        managedClusters {
          id
          slug
          name
        }
        person {
          id
          name
          title
          expertise
          email
          listed
          consentAt
          topics {
            weight
            topic {
              slug
              name
            }
          }
          worksAt {
            id
            name
            slug
          }
        }
      }
    }
  }
`;

const INTRODUCTIONS_QUERY = /* GraphQL */ `
  query ExportMyIntroductions {
    introductions(first: 100) {
      edges {
        node {
          id
          status
          message
          score
          createdAt
          respondedAt
          expiresAt
          outcome
          outcomeAt
          requester {
            id
            name
          }
          receiver {
            id
            name
          }
          via {
            id
            name
          }
          about {
            id
            title
          }
        }
      }
    }
  }
`;

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireUser({ request, context });
  const [me, intros] = await Promise.all([
    api<{ viewer: unknown }>({ request, context }, EXPORT_QUERY),
    api<{ introductions: { edges: { node: unknown }[] } }>(
      { request, context },
      INTRODUCTIONS_QUERY,
    ),
  ]);
  const body = {
    exportedAt: new Date().toISOString(),
    source: 'Kobling',
    viewer: me.data.viewer,
    introductions: intros.data.introductions.edges.map((e) => e.node),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="kobling-my-data.json"',
      'cache-control': 'no-store',
    },
  });
}
