import { data, redirect } from 'react-router';
import { api } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { apiFeatures } from '../../lib/api-features.server.ts';
import { ALL_MUTATION_ERRORS, errorResult, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors, MutationErrorShape } from '../../lib/form-errors.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { requireUser } from '../../lib/viewer.server.ts';

/*
 * Administration: representation claims (approve), cluster managers, and — when the API offers
 * them — users, register import and reindex. Features the API does not have yet are shown as
 * such, not faked.
 */

export interface Claim {
  status: string;
  role: string | null;
  since: string;
  user: { id: string; name: string; email: string } | null;
  actor: { id: string; name: string; slug: string };
}

const ADMIN_QUERY = /* GraphQL */ `
  query AdminPage {
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
  }
`;

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  createdAt: string;
}

const USERS_QUERY = /* GraphQL */ `
  query AdminUsers($after: String) {
    users(first: 50, after: $after) {
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
  }
`;

/** One page of accounts by email; `?usersAfter=<cursor>` pages on (a link, so no JavaScript). */
async function loadUsers(args: ApiArgs): Promise<{ users: AdminUser[]; next: string | null }> {
  const after = new URL(args.request.url).searchParams.get('usersAfter');
  const { data: result } = await api<{
    users: {
      edges: { node: AdminUser }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(args, USERS_QUERY, { after: after || null });
  const { edges, pageInfo } = result.users;
  return {
    users: edges.map((e) => e.node),
    next: pageInfo.hasNextPage ? pageInfo.endCursor : null,
  };
}

export interface RegisterImport {
  id: string;
  path: string;
  dryRun: boolean;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  startedAt: string;
  finishedAt: string | null;
  read: number;
  imported: number;
  rejected: number;
  filteredOutOfRegion: number;
  filteredInactive: number;
  bytesRead: number;
  totalBytes: number | null;
  created: number | null;
  updated: number | null;
  error: string | null;
}

const REGISTER_IMPORTS = /* GraphQL */ `
  query AdminRegisterImports {
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
  }
`;

async function loadRegisterImports(args: ApiArgs): Promise<RegisterImport[]> {
  const { data: result } = await api<{ registerImports: RegisterImport[] }>(args, REGISTER_IMPORTS);
  return result.registerImports;
}

export async function loadAdmin(args: ApiArgs) {
  const viewer = await requireUser(args);
  if (!viewer.user.isAdmin) throw data(null, { status: 403 });
  const [{ data: result }, features] = await Promise.all([
    api<{
      representationClaims: Claim[];
      clusters: { edges: { node: { id: string; name: string } }[] };
    }>(args, ADMIN_QUERY),
    apiFeatures(args),
  ]);
  return {
    claims: result.representationClaims,
    clusters: result.clusters.edges.map((e) => e.node),
    features: {
      importRegister: features.mutations.has('importRegister'),
      reindex: features.mutations.has('reindexSearch'),
    },
    search: features.queries.has('searchStatus') ? await loadSearchStatus(args) : null,
    users: features.queries.has('users') ? await loadUsers(args) : null,
    imports: features.mutations.has('importRegister') ? await loadRegisterImports(args) : null,
  };
}

export interface SearchStatus {
  engine: string;
  documents: number | null;
  pending: number;
  running: boolean;
  lastError: string | null;
  lastErrorAt: string | null;
  lastSuccessAt: string | null;
}

const SEARCH_STATUS = /* GraphQL */ `
  query AdminSearchStatus {
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
`;

async function loadSearchStatus(args: ApiArgs): Promise<SearchStatus> {
  const { data: result } = await api<{ searchStatus: SearchStatus }>(args, SEARCH_STATUS);
  return result.searchStatus;
}

const REINDEX = `mutation { result: reindexSearch { __typename ... on Error { message } ... on MutationReindexSearchSuccess { data { documents durationMs engine } } } }`;

export type AdminResult = {
  intent: string;
  ok: boolean;
  message?: string;
  errors: FormErrors;
  key?: string;
  values?: Record<string, string>;
};

const IMPORT_REGISTER = `mutation($path: String!, $dryRun: Boolean) { result: importRegister(path: $path, dryRun: $dryRun) { ${ALL_MUTATION_ERRORS} ... on MutationImportRegisterSuccess { data { id } } } }`;

const APPROVE = `mutation($userId: ID!, $actorId: ID!) { result: approveRepresentation(userId: $userId, actorId: $actorId) { ${ALL_MUTATION_ERRORS} ... on MutationApproveRepresentationSuccess { data { status } } } }`;
const ASSIGN = `mutation($userId: ID!, $clusterId: ID!) { result: assignClusterManager(userId: $userId, clusterId: $clusterId) { ${ALL_MUTATION_ERRORS} ... on MutationAssignClusterManagerSuccess { data { name } } } }`;

export async function adminAction(args: ApiArgs, t: Translate) {
  const form = await args.request.formData();
  const intent = String(form.get('intent') ?? '');
  const userId = String(form.get('userId') ?? '').trim();
  if (intent === 'approve') {
    const actorId = String(form.get('actorId') ?? '');
    const { data: result } = await api<{
      result: { __typename: string } & Partial<MutationErrorShape>;
    }>(args, APPROVE, { userId, actorId });
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
    const { data: result } = await api<{
      result: { __typename: string } & Partial<MutationErrorShape>;
    }>(args, ASSIGN, { userId, clusterId });
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
    const { data: result } = await api<{
      result: { __typename: string } & Partial<MutationErrorShape>;
    }>(args, IMPORT_REGISTER, { path, dryRun });
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
    const { data: result } = await api<{
      result: {
        __typename: string;
        message?: string;
        data?: { documents: number; durationMs: number };
      };
    }>(args, REINDEX);
    const done = result.result.data;
    if (!done) {
      return data<AdminResult>(
        {
          intent,
          ok: false,
          errors: { form: result.result.message ?? t('admin.unavailable'), fields: {} },
        },
        { status: 400 },
      );
    }
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
