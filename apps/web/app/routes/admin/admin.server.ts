import { data, redirect } from 'react-router';
import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { requireUser } from '../../lib/viewer.server.ts';

/*
 * Administration: representation claims (approve), cluster managers, users, register import
 * and reindex. The page is one operation; `?usersAfter=<cursor>` pages the users on (a link,
 * so no JavaScript).
 */
const AdminPageQuery = graphql(`
  query AdminPage($usersAfter: String) {
    representationClaims {
      status
      role
      since
      user {
        id
        name
        email
      }
      actor {
        id
        name
        slug
      }
    }
    clusters(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    users(first: 50, after: $usersAfter) {
      edges {
        node {
          id
          name
          email
          isAdmin
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    registerImports {
      id
      path
      dryRun
      status
      startedAt
      finishedAt
      read
      imported
      rejected
      filteredOutOfRegion
      filteredInactive
      bytesRead
      totalBytes
      created
      updated
      error
    }
    searchStatus {
      engine
      documents
      pending
      running
      lastError
      lastErrorAt
      lastSuccessAt
    }
  }
`);

export async function loadAdmin(args: ApiArgs) {
  const viewer = requireUser(args);
  if (!viewer.user.isAdmin) throw data(null, { status: 403 });
  const usersAfter = new URL(args.request.url).searchParams.get('usersAfter');
  const { data: result } = await api(args, AdminPageQuery, { usersAfter: usersAfter || null });
  const { edges, pageInfo } = result.users;
  return {
    claims: result.representationClaims,
    clusters: result.clusters.edges.map((e) => e.node),
    search: result.searchStatus,
    users: {
      users: edges.map((e) => e.node),
      next: pageInfo.hasNextPage ? pageInfo.endCursor : null,
    },
    imports: result.registerImports,
  };
}

const ReindexMutation = graphql(`
  mutation ReindexSearch {
    result: reindexSearch {
      __typename
      ... on Error {
        message
      }
      ... on MutationReindexSearchSuccess {
        data {
          documents
          durationMs
        }
      }
    }
  }
`);

const ImportRegisterMutation = graphql(
  `
    mutation ImportRegister($path: String!, $dryRun: Boolean) {
      result: importRegister(path: $path, dryRun: $dryRun) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const ApproveRepresentationMutation = graphql(
  `
    mutation ApproveRepresentation($userId: ID!, $actorId: ID!) {
      result: approveRepresentation(userId: $userId, actorId: $actorId) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const AssignManagerMutation = graphql(
  `
    mutation AssignClusterManager($userId: ID!, $clusterId: ID!) {
      result: assignClusterManager(userId: $userId, clusterId: $clusterId) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

export type AdminResult = {
  intent: string;
  ok: boolean;
  message?: string;
  errors: FormErrors;
  key?: string;
  values?: Record<string, string>;
};

export async function adminAction(args: ApiArgs, t: Translate) {
  const form = await args.request.formData();
  const intent = String(form.get('intent') ?? '');
  const userId = String(form.get('userId') ?? '').trim();
  if (intent === 'approve') {
    const actorId = String(form.get('actorId') ?? '');
    const { data: result } = await api(args, ApproveRepresentationMutation, { userId, actorId });
    const failed = errorResult(result.result);
    if (failed)
      return data<AdminResult>(
        { intent, ok: false, key: `${userId}:${actorId}`, errors: toFormErrors(failed, []) },
        { status: 400 },
      );
    return {
      intent,
      ok: true,
      message: t('admin.approved'),
      errors: { fields: {} },
    } as AdminResult;
  }
  if (intent === 'assign') {
    const clusterId = String(form.get('clusterId') ?? '');
    const values = { userId, clusterId };
    if (userId === '')
      return data<AdminResult>(
        { intent, ok: false, errors: { fields: { userId: t('common.required') } }, values },
        { status: 400 },
      );
    const { data: result } = await api(args, AssignManagerMutation, { userId, clusterId });
    const failed = errorResult(result.result);
    if (failed)
      return data<AdminResult>(
        { intent, ok: false, errors: toFormErrors(failed, ['userId', 'clusterId']), values },
        { status: 400 },
      );
    return {
      intent,
      ok: true,
      message: t('admin.managerAssigned'),
      errors: { fields: {} },
    } as AdminResult;
  }
  if (intent === 'import') {
    const path = String(form.get('path') ?? '').trim();
    const dryRun = form.get('dryRun') === 'on';
    const values = { path, ...(dryRun ? { dryRun: 'on' } : {}) };
    if (path === '')
      return data<AdminResult>(
        { intent, ok: false, errors: { fields: { path: t('common.required') } }, values },
        { status: 400 },
      );
    const { data: result } = await api(args, ImportRegisterMutation, { path, dryRun });
    const failed = errorResult(result.result);
    if (failed)
      return data<AdminResult>(
        { intent, ok: false, errors: toFormErrors(failed, ['path']), values },
        { status: 400 },
      );
    // Back to the page (a GET), whose list shows the new import's progress.
    return redirect('/admin#import-h');
  }
  if (intent === 'reindex') {
    const { data: result } = await api(args, ReindexMutation, {});
    if (result.result.__typename !== 'MutationReindexSearchSuccess') {
      return data<AdminResult>(
        {
          intent,
          ok: false,
          errors: { form: result.result.message, fields: {} },
        },
        { status: 400 },
      );
    }
    const done = result.result.data;
    const seconds = (done.durationMs / 1000).toFixed(1);
    return {
      intent,
      ok: true,
      message: t('admin.reindexed', { documents: done.documents, seconds }),
      errors: { fields: {} },
    } as AdminResult;
  }
  return data<AdminResult>(
    { intent, ok: false, errors: { form: t('admin.unavailable'), fields: {} } },
    { status: 400 },
  );
}
