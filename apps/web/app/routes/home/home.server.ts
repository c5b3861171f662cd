import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { graphql } from '../../lib/graphql.ts';

const HomeQuery = graphql(`
  query Home {
    region {
      techCompanies
      techEmployees
      kpis {
        year
        techCompanies
        techEmployees
        note
        source
        sourceRef
      }
      goals {
        techCompanies
        techEmployees
        year
        sourceRef
      }
      actorCounts {
        helix
        kind
        count
      }
    }
    clusters(first: 50, filter: { activeOnly: true }) {
      edges {
        node {
          id
          slug
          name
          level
          theme
          reportedMembers
        }
      }
    }
    opportunities(first: 5, filter: { statuses: [OPEN] }) {
      edges {
        node {
          id
          kind
          title
          createdAt
          postedBy {
            name
            slug
            source
          }
        }
      }
    }
  }
`);

export async function loadHome(args: ApiArgs) {
  const { data } = await api(args, HomeQuery, {});
  // Featured: the largest clusters by reported members (a stable, explainable choice).
  const featured = data.clusters.edges
    .map((e) => e.node)
    .sort(
      (a, b) => (b.reportedMembers ?? 0) - (a.reportedMembers ?? 0) || a.name.localeCompare(b.name),
    )
    .slice(0, 6);
  return {
    region: data.region,
    featured,
    opportunities: data.opportunities.edges.map((e) => e.node),
  };
}
