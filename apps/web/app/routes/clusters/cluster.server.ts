import { data } from 'react-router';
import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { ALL_MUTATION_ERRORS, errorResult, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors, MutationErrorShape } from '../../lib/form-errors.ts';
import { notFound } from '../../lib/not-found.server.ts';
import type { MemberInput, PartnerInput } from './network.ts';
import { clusterNetwork } from './network.ts';

export interface ClusterDetail {
  id: string;
  slug: string;
  name: string;
  level: string;
  theme: string | null;
  description: string | null;
  website: string | null;
  startYear: number | null;
  endYear: number | null;
  reportedMembers: number | null;
  viewerManages: boolean;
  facilitators: { name: string; slug: string; source: string }[];
  members: (MemberInput & { role: string | null; since: string })[];
}

const CLUSTER_QUERY = /* GraphQL */ `
  query ClusterPage($slug: String!) {
    cluster(slug: $slug) {
      id
      slug
      name
      level
      theme
      description
      website
      startYear
      endYear
      reportedMembers
      viewerManages
      facilitators {
        name
        slug
        source
      }
      members {
        status
        role
        since
        actor {
          id
          name
          slug
          helix
          source
          topics {
            topic {
              slug
              name
            }
          }
          projects {
            project {
              id
              title
            }
          }
        }
      }
    }
    viewer {
      user {
        representations {
          status
          actor {
            id
            name
            slug
          }
        }
      }
    }
  }
`;

interface ClusterQuery {
  cluster: ClusterDetail | null;
  viewer: {
    user: {
      representations: { status: string; actor: { id: string; name: string; slug: string } }[];
    } | null;
  };
}

const PARTNER_PROJECTS = /* GraphQL */ `
  query ClusterPartnerProjects($members: [ID!]) {
    projects(first: 100, filter: { participants: $members }) {
      edges {
        node {
          id
          title
          participants {
            actor {
              id
            }
          }
        }
      }
    }
  }
`;

const PARTNER_ACTORS = /* GraphQL */ `
  query ClusterPartners($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Actor {
        id
        name
        slug
        helix
      }
    }
  }
`;

/**
 * Actors outside the cluster that share a project with a member (two small queries: one
 * nested query would pass the API's cost limit).
 */
async function loadPartners(
  args: ApiArgs,
  members: readonly MemberInput[],
): Promise<PartnerInput[]> {
  const memberIds = new Set(members.map((m) => m.actor.id));
  if (memberIds.size === 0) return [];
  const { data: projects } = await api<{
    projects: {
      edges: { node: { id: string; title: string; participants: { actor: { id: string } }[] } }[];
    };
  }>(args, PARTNER_PROJECTS, { members: [...memberIds] });
  const projectsOf = new Map<string, { id: string; title: string }[]>();
  for (const { node } of projects.projects.edges) {
    for (const p of node.participants) {
      if (memberIds.has(p.actor.id)) continue;
      projectsOf.set(p.actor.id, [
        ...(projectsOf.get(p.actor.id) ?? []),
        { id: node.id, title: node.title },
      ]);
    }
  }
  if (projectsOf.size === 0) return [];
  const { data: actors } = await api<{
    nodes: ({ id: string; name: string; slug: string; helix: string } | null)[];
  }>(args, PARTNER_ACTORS, { ids: [...projectsOf.keys()] });
  return actors.nodes
    .filter(
      (a): a is { id: string; name: string; slug: string; helix: string } =>
        a !== null && 'slug' in a,
    )
    .map((a) => ({ ...a, projects: projectsOf.get(a.id) ?? [] }));
}

export async function loadCluster(args: ApiArgs, slug: string) {
  const { data: result } = await api<ClusterQuery>(args, CLUSTER_QUERY, { slug });
  const cluster = result.cluster;
  if (!cluster) notFound();
  const shown = cluster.members.filter((m) => m.status === 'ACTIVE');
  const network = clusterNetwork(cluster.members, await loadPartners(args, shown));
  const inCluster = new Set(
    cluster.members.filter((m) => m.status !== 'REMOVED').map((m) => m.actor.id),
  );
  const user = result.viewer.user;
  const myActors = (user?.representations ?? [])
    .filter((r) => r.status === 'APPROVED' && !inCluster.has(r.actor.id))
    .map((r) => r.actor);
  const { members, ...rest } = cluster;
  return {
    cluster: rest,
    members: members.map((m) => ({
      status: m.status,
      role: m.role,
      since: m.since,
      actor: {
        name: m.actor.name,
        slug: m.actor.slug,
        helix: m.actor.helix,
        source: m.actor.source,
      },
    })),
    network,
    signedIn: user !== null,
    myActors,
  };
}

const REQUEST_MEMBERSHIP = /* GraphQL */ `
  mutation RequestMembership($actorId: ID!, $clusterId: ID!) {
    requestMembership(actorId: $actorId, clusterId: $clusterId) {
      ${ALL_MUTATION_ERRORS}
      ... on MutationRequestMembershipSuccess { data { status } }
    }
  }
`;

export async function requestMembershipAction(args: ApiArgs) {
  const form = await args.request.formData();
  const actorId = String(form.get('actorId') ?? '');
  const clusterId = String(form.get('clusterId') ?? '');
  const { data: result } = await api<{
    requestMembership: { __typename: string } & Partial<MutationErrorShape>;
  }>(args, REQUEST_MEMBERSHIP, { actorId, clusterId });
  const failed = errorResult(result.requestMembership);
  if (failed) {
    return data<{ ok: false; errors: FormErrors }>(
      { ok: false, errors: toFormErrors(failed, ['actorId']) },
      { status: 400 },
    );
  }
  return { ok: true as const, errors: { fields: {} } as FormErrors };
}
