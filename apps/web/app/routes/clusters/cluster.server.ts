import { data } from 'react-router';
import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { notFound } from '../../lib/not-found.server.ts';
import { HelixTrendFragment, trendYears } from '../../components/helix-trend.tsx';
import {
  clusterNetwork,
  NetworkAnalyticsFragment,
  NetworkMemberFragment,
  NetworkPartnerFragment,
  withAnalytics,
} from './network.ts';

/*
 * One operation: the cluster, its members with what the network picture needs (their topics
 * and projects), the partners outside it that share a project with an active member, the
 * network analytics (communities, brokers, the helix balance by year) and the viewer's actors
 * for the membership form.
 */
const ClusterPageQuery = graphql(
  `
    query ClusterPage($slug: String!, $from: Int!, $to: Int!) {
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
        projectPartners {
          ...NetworkPartner
        }
        facilitators {
          name
          slug
          source
        }
        members {
          role
          since
          ...NetworkMember
        }
        network {
          ...NetworkAnalytics
        }
        helixTrend(from: $from, to: $to) {
          ...HelixTrend
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
  `,
  [NetworkMemberFragment, NetworkPartnerFragment, NetworkAnalyticsFragment, HelixTrendFragment],
);

export async function loadCluster(args: ApiArgs, slug: string) {
  const { data: result } = await api(args, ClusterPageQuery, { slug, ...trendYears(new Date()) });
  const cluster = result.cluster;
  if (!cluster) notFound();
  const picture = clusterNetwork(cluster.members, cluster.projectPartners);
  const analysed = withAnalytics(picture.nodes, cluster.network);
  const network = {
    ...picture,
    ...analysed,
    modularity: cluster.network.modularity,
    trend: cluster.helixTrend,
  };
  const inCluster = new Set(
    cluster.members.filter((m) => m.status !== 'REMOVED').map((m) => m.actor.id),
  );
  const user = result.viewer.user;
  const myActors = (user?.representations ?? [])
    .filter((r) => r.status === 'APPROVED' && !inCluster.has(r.actor.id))
    .map((r) => r.actor);
  const {
    members,
    projectPartners: _partners,
    network: _network,
    helixTrend: _trend,
    ...rest
  } = cluster;
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

const RequestMembershipMutation = graphql(
  `
    mutation RequestMembership($actorId: ID!, $clusterId: ID!) {
      requestMembership(actorId: $actorId, clusterId: $clusterId) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

export async function requestMembershipAction(args: ApiArgs) {
  const form = await args.request.formData();
  const actorId = String(form.get('actorId') ?? '');
  const clusterId = String(form.get('clusterId') ?? '');
  const { data: result } = await api(args, RequestMembershipMutation, { actorId, clusterId });
  const failed = errorResult(result.requestMembership);
  if (failed) {
    return data<{ ok: false; errors: FormErrors }>(
      { ok: false, errors: toFormErrors(failed, ['actorId']) },
      { status: 400 },
    );
  }
  return { ok: true as const, errors: { fields: {} } as FormErrors };
}
