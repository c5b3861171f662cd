import { MEMBERSHIP_ROLES } from '@kobling/domain';
import type { MembershipRole } from '@kobling/domain';
import type { ResultOf } from 'gql.tada';
import { data } from 'react-router';
import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { apiLanguage, langOf } from '../../lib/lang.server.ts';
import { notFound } from '../../lib/not-found.server.ts';
import { requireUser } from '../../lib/viewer.server.ts';
import { NetworkAlertFragment } from './network-alerts.tsx';

/*
 * Cluster manager curation: membership requests, invitations, removals; and the network's alerts
 * and gaps with the suggestions that would close them.
 */

const ManageClusterQuery = graphql(
  `
    query ManageCluster($slug: String!, $language: Language) {
      cluster(slug: $slug) {
        id
        slug
        name
        viewerManages
        members(statuses: [REQUESTED, INVITED, ACTIVE]) {
          status
          role
          since
          actor {
            id
            name
            slug
            helix
            kind
            source
          }
        }
        networkAlerts(language: $language) {
          ...NetworkAlert
        }
      }
    }
  `,
  [NetworkAlertFragment],
);

export type ManagedMember = NonNullable<
  ResultOf<typeof ManageClusterQuery>['cluster']
>['members'][number];

export async function loadManage(args: ApiArgs, slug: string) {
  const viewer = requireUser(args);
  const { data: result } = await api(args, ManageClusterQuery, {
    slug,
    language: apiLanguage(langOf(args.request)),
  });
  const cluster = result.cluster;
  if (!cluster) notFound();
  if (!cluster.viewerManages && !viewer.user.isAdmin) throw data(null, { status: 403 });
  return { cluster };
}

export type ManageResult = {
  intent: string;
  ok: boolean;
  message?: string;
  errors: FormErrors;
  actorId?: string;
  values?: Record<string, string>;
};

const ApproveMutation = graphql(
  `
    mutation ApproveMembership($actorId: ID!, $clusterId: ID!) {
      result: approveMembership(actorId: $actorId, clusterId: $clusterId) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const RemoveMutation = graphql(
  `
    mutation RemoveMembership($actorId: ID!, $clusterId: ID!) {
      result: removeMembership(actorId: $actorId, clusterId: $clusterId) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const InviteMutation = graphql(
  `
    mutation InviteMember($actorId: ID!, $clusterId: ID!, $role: MembershipRole) {
      result: inviteMember(actorId: $actorId, clusterId: $clusterId, role: $role) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const MUTATIONS = { approve: ApproveMutation, remove: RemoveMutation } as const;

/* The invitation names an actor by its page's address or slug; the mutation takes its id. */
const ActorBySlugQuery = graphql(`
  query InviteeBySlug($slug: String!) {
    actor(slug: $slug) {
      id
      name
    }
  }
`);

function slugFrom(value: string): string {
  const match = /\/actors\/([^/?#]+)/.exec(value);
  return decodeURIComponent(match?.[1] ?? value).trim();
}

export async function manageAction(args: ApiArgs, t: Translate) {
  const form = await args.request.formData();
  const intent = String(form.get('intent') ?? '');
  const clusterId = String(form.get('clusterId') ?? '');
  const name = String(form.get('actorName') ?? '');
  let actorId = String(form.get('actorId') ?? '');
  let role: MembershipRole | undefined;
  if (intent === 'invite') {
    const values = {
      actor: String(form.get('actor') ?? '').trim(),
      role: MEMBERSHIP_ROLES.find((r) => r === form.get('role')) ?? 'MEMBER',
    };
    if (values.actor === '') {
      return data<ManageResult>(
        { intent, ok: false, errors: { fields: { actor: t('common.required') } }, values },
        { status: 400 },
      );
    }
    const { data: found } = await api(args, ActorBySlugQuery, { slug: slugFrom(values.actor) });
    if (!found.actor) {
      return data<ManageResult>(
        { intent, ok: false, errors: { fields: { actor: t('manage.actorNotFound') } }, values },
        { status: 400 },
      );
    }
    actorId = found.actor.id;
    role = values.role;
    const { data: result } = await api(args, InviteMutation, { actorId, clusterId, role });
    const failed = errorResult(result.result);
    if (failed) {
      const errors = toFormErrors(failed, ['actorId', 'role']);
      return data<ManageResult>(
        {
          intent,
          ok: false,
          errors: {
            form: errors.form,
            fields: { actor: errors.fields.actorId ?? errors.form ?? '' },
          },
          values,
        },
        { status: 400 },
      );
    }
    return {
      intent,
      ok: true,
      message: t('manage.invited', { name: found.actor.name }),
      errors: { fields: {} },
    } as ManageResult;
  }
  if (intent !== 'approve' && intent !== 'remove') {
    return data<ManageResult>(
      { intent, ok: false, errors: { form: t('error.serverBody'), fields: {} } },
      { status: 400 },
    );
  }
  const { data: result } = await api(args, MUTATIONS[intent], { actorId, clusterId });
  const failed = errorResult(result.result);
  if (failed) {
    return data<ManageResult>(
      { intent, ok: false, actorId, errors: toFormErrors(failed, []) },
      { status: 400 },
    );
  }
  return {
    intent,
    ok: true,
    actorId,
    message: intent === 'approve' ? t('manage.approved', { name }) : t('manage.removed', { name }),
    errors: { fields: {} },
  } as ManageResult;
}
