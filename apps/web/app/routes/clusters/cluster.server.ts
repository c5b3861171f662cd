import { data } from 'react-router';
import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { ALL_MUTATION_ERRORS, errorResult, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors, MutationErrorShape } from '../../lib/form-errors.ts';
import { notFound } from '../../lib/not-found.server.ts';
import type { MemberInput } from './network.ts';
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

export async function loadCluster(args: ApiArgs, slug: string) {
  const { data: result } = await api<ClusterQuery>(args, CLUSTER_QUERY, { slug });
  const cluster = result.cluster;
  if (!cluster) notFound();
  const network = clusterNetwork(cluster.members);
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
