import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';

export interface HomeData {
  region: {
    techCompanies: number;
    techEmployees: number;
    kpis: {
      year: number;
      techCompanies: number | null;
      techEmployees: number | null;
      note: string | null;
      source: string;
      sourceRef: string | null;
    }[];
    goals: { techCompanies: number; techEmployees: number; year: number; sourceRef: string };
    actorCounts: { helix: string; kind: string; count: number }[];
  };
  clusters: {
    edges: {
      node: {
        id: string;
        slug: string;
        name: string;
        level: string;
        theme: string | null;
        reportedMembers: number | null;
      };
    }[];
  };
  opportunities: {
    edges: {
      node: {
        id: string;
        kind: string;
        title: string;
        createdAt: string;
        postedBy: { name: string; slug: string; source: string } | null;
      };
    }[];
  };
}

const HOME_QUERY = /* GraphQL */ `
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
`;

export async function loadHome(args: ApiArgs) {
  const { data } = await api<HomeData>(args, HOME_QUERY);
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
