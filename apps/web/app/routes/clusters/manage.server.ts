import { data } from 'react-router';
import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { ALL_MUTATION_ERRORS, errorResult, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors, MutationErrorShape } from '../../lib/form-errors.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { notFound } from '../../lib/not-found.server.ts';
import { requireUser } from '../../lib/viewer.server.ts';

/* Cluster manager curation: membership requests, invitations, removals. */

export interface ManagedMember {
  status: string;
  role: string | null;
  since: string;
  actor: { id: string; name: string; slug: string; helix: string; kind: string; source: string };
}

const MANAGE_QUERY = /* GraphQL */ `
  query ManageCluster($slug: String!) {
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
    }
  }
`;

export async function loadManage(args: ApiArgs, slug: string) {
  const viewer = await requireUser(args);
  const { data: result } = await api<{
    cluster: {
      id: string;
      slug: string;
      name: string;
      viewerManages: boolean;
      members: ManagedMember[];
    } | null;
  }>(args, MANAGE_QUERY, { slug });
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

const MUTATIONS = {
  approve: `mutation($actorId: ID!, $clusterId: ID!) { result: approveMembership(actorId: $actorId, clusterId: $clusterId) { ${ALL_MUTATION_ERRORS} ... on MutationApproveMembershipSuccess { data { status } } } }`,
  remove: `mutation($actorId: ID!, $clusterId: ID!) { result: removeMembership(actorId: $actorId, clusterId: $clusterId) { ${ALL_MUTATION_ERRORS} ... on MutationRemoveMembershipSuccess { data { status } } } }`,
  invite: `mutation($actorId: ID!, $clusterId: ID!, $role: MembershipRole) { result: inviteMember(actorId: $actorId, clusterId: $clusterId, role: $role) { ${ALL_MUTATION_ERRORS} ... on MutationInviteMemberSuccess { data { status } } } }`,
} as const;

const ACTOR_BY_SLUG = /* GraphQL */ `
  query ($slug: String!) {
    actor(slug: $slug) {
      id
      name
    }
  }
`;

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
  let role: string | undefined;
  if (intent === 'invite') {
    const values = {
      actor: String(form.get('actor') ?? '').trim(),
      role: String(form.get('role') ?? 'MEMBER'),
    };
    if (values.actor === '') {
      return data<ManageResult>(
        { intent, ok: false, errors: { fields: { actor: t('common.required') } }, values },
        { status: 400 },
      );
    }
    const { data: found } = await api<{ actor: { id: string; name: string } | null }>(
      args,
      ACTOR_BY_SLUG,
      { slug: slugFrom(values.actor) },
    );
    if (!found.actor) {
      return data<ManageResult>(
        { intent, ok: false, errors: { fields: { actor: t('manage.actorNotFound') } }, values },
        { status: 400 },
      );
    }
    actorId = found.actor.id;
    role = values.role;
    const { data: result } = await api<{
      result: { __typename: string } & Partial<MutationErrorShape>;
    }>(args, MUTATIONS.invite, {
      actorId,
      clusterId,
      role,
    });
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
  const { data: result } = await api<{
    result: { __typename: string } & Partial<MutationErrorShape>;
  }>(args, MUTATIONS[intent], {
    actorId,
    clusterId,
  });
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
