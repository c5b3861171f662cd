import type { Route } from './+types/export';
import { api } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';
import { requireUser } from '../../lib/viewer.server.ts';

/*
 * Export my data: everything the API shows the signed-in user about themself, as one JSON
 * download (account, representations, managed clusters, person profile, introductions).
 */
const ExportQuery = graphql(`
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
`);

export async function loader({ request, context }: Route.LoaderArgs) {
  requireUser({ request, context });
  const { data } = await api({ request, context }, ExportQuery, {});
  const body = {
    exportedAt: new Date().toISOString(),
    source: 'Kobling',
    viewer: data.viewer,
    introductions: data.introductions.edges.map((e) => e.node),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="kobling-my-data.json"',
      'cache-control': 'no-store',
    },
  });
}
