import { data, redirect } from 'react-router';
import { api, cookieHeaders } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import {
  ALL_MUTATION_ERRORS,
  errorResult,
  errorSelection,
  toFormErrors,
} from '../../lib/form-errors.ts';
import type { FormErrors, MutationErrorShape } from '../../lib/form-errors.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { ACTOR_KINDS } from '../../lib/labels.ts';
import { loadTopicOptions } from '../../lib/topics.server.ts';
import { requireUser } from '../../lib/viewer.server.ts';

/* My page: account, my actors (claim, create, edit, topics), introductions, consent, export, delete. */

export interface MyIntroduction {
  id: string;
  status: string;
  message: string | null;
  score: number | null;
  createdAt: string;
  expiresAt: string | null;
  requester: { id: string; name: string; slug: string } | null;
  receiver: { id: string; name: string; slug: string } | null;
  via: { name: string; slug: string } | null;
  about: { id: string; title: string } | null;
}

export interface EditableActor {
  id: string;
  name: string;
  slug: string;
  kind: string;
  helix: string;
  description: string | null;
  website: string | null;
  employees: number | null;
  foundedYear: number | null;
  stage: string | null;
  topics: { weight: number; topic: { id: string } }[];
}

const ME_QUERY = /* GraphQL */ `
  query MyPage {
    viewer {
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
            kind
            helix
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
          listed
          consentAt
        }
      }
    }
  }
`;

const INTRODUCTIONS_QUERY = /* GraphQL */ `
  query MyIntroductions {
    introductions(first: 50) {
      edges {
        node {
          id
          status
          message
          score
          createdAt
          expiresAt
          requester {
            id
            name
            slug
          }
          receiver {
            id
            name
            slug
          }
          via {
            name
            slug
          }
          about {
            id
            title
          }
        }
      }
    }
  }
`;

const EDIT_ACTOR_QUERY = /* GraphQL */ `
  query EditActor($slug: String!) {
    actor(slug: $slug) {
      id
      name
      slug
      kind
      helix
      description
      website
      employees
      foundedYear
      stage
      viewerCanEdit
      topics {
        weight
        topic {
          id
        }
      }
    }
  }
`;

interface MeQuery {
  viewer: {
    user: {
      id: string;
      name: string;
      email: string;
      isAdmin: boolean;
      createdAt: string;
      representations: {
        status: string;
        role: string | null;
        since: string;
        actor: { id: string; name: string; slug: string; kind: string; helix: string };
      }[];
      managedClusters: { id: string; slug: string; name: string }[];
      person: {
        id: string;
        name: string;
        title: string | null;
        expertise: string | null;
        listed: boolean;
        consentAt: string | null;
      } | null;
    };
  };
}

export async function loadMyPage(args: ApiArgs) {
  await requireUser(args);
  const url = new URL(args.request.url);
  const [me, intros, topics] = await Promise.all([
    api<MeQuery>(args, ME_QUERY),
    api<{ introductions: { edges: { node: MyIntroduction }[] } }>(args, INTRODUCTIONS_QUERY),
    loadTopicOptions(args),
  ]);
  const user = me.data.viewer.user;
  const approved = user.representations.filter((r) => r.status === 'APPROVED');
  const editSlug = url.searchParams.get('edit') ?? approved[0]?.actor.slug ?? '';
  let editing: EditableActor | null = null;
  if (editSlug && approved.some((r) => r.actor.slug === editSlug)) {
    const { data: found } = await api<{
      actor: (EditableActor & { viewerCanEdit: boolean }) | null;
    }>(args, EDIT_ACTOR_QUERY, { slug: editSlug });
    if (found.actor?.viewerCanEdit) editing = found.actor;
  }
  const mine = new Set(approved.map((r) => r.actor.id));
  const introductions = intros.data.introductions.edges.map((e) => e.node);
  return {
    user,
    editing,
    topics,
    incoming: introductions.filter((i) => i.receiver && mine.has(i.receiver.id)),
    outgoing: introductions.filter((i) => !(i.receiver && mine.has(i.receiver.id))),
  };
}

export type MeActionResult = {
  intent: string;
  ok: boolean;
  message?: string;
  errors: FormErrors;
  values?: Record<string, string>;
};

type Payload = { __typename: string } & Partial<MutationErrorShape> & {
    data?: { name?: string; slug?: string };
  };

function fail(intent: string, errors: FormErrors, values?: Record<string, string>, status = 400) {
  return data<MeActionResult>(
    { intent, ok: false, errors, ...(values ? { values } : {}) },
    { status },
  );
}

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
}

/** An optional whole number from a form field: undefined when empty, NaN when not whole. */
function wholeNumber(value: string): number | undefined {
  if (value === '') return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
}

const MUTATIONS = {
  consent: `mutation($personId: ID!, $listed: Boolean!) { result: setPersonListed(personId: $personId, listed: $listed) { ${ALL_MUTATION_ERRORS} ... on MutationSetPersonListedSuccess { data { name } } } }`,
  claim: `mutation($actorId: ID!, $role: String) { result: claimActor(actorId: $actorId, role: $role) { ${ALL_MUTATION_ERRORS} ... on MutationClaimActorSuccess { data { status } } } }`,
  create: `mutation($input: CreateActorInput!) { result: createActor(input: $input) { ${ALL_MUTATION_ERRORS} ... on MutationCreateActorSuccess { data { name slug } } } }`,
  update: `mutation($id: ID!, $input: UpdateActorInput!) { result: updateActor(id: $id, input: $input) { ${ALL_MUTATION_ERRORS} ... on MutationUpdateActorSuccess { data { name slug } } } }`,
  topics: `mutation($actorId: ID!, $topics: [TopicWeightInput!]!) { result: setActorTopics(actorId: $actorId, topics: $topics) { ${ALL_MUTATION_ERRORS} ... on MutationSetActorTopicsSuccess { data { name } } } }`,
  person: `mutation($input: UpdateMyPersonInput!) { result: updateMyPerson(input: $input) { ${ALL_MUTATION_ERRORS} ... on MutationUpdateMyPersonSuccess { data { name } } } }`,
  respond: `mutation($id: ID!, $accept: Boolean!) { result: respondToIntroduction(id: $id, accept: $accept) { ${ALL_MUTATION_ERRORS} ... on MutationRespondToIntroductionSuccess { data { status } } } }`,
} as const;

async function mutate(
  args: ApiArgs,
  name: keyof typeof MUTATIONS,
  variables: Record<string, unknown>,
) {
  const { data: result } = await api<{ result: Payload }>(args, MUTATIONS[name], variables);
  return result.result;
}

const DELETE_MY_ACCOUNT = `mutation($password: String!) { result: deleteMyAccount(password: $password) { ${errorSelection(['ValidationError', 'ForbiddenError', 'RateLimitedError'])} ... on MutationDeleteMyAccountSuccess { data } } }`;

/** Deletes the account; on success the API's cleared cookie goes to the browser with the redirect home. */
async function deleteMyAccount(args: ApiArgs, form: FormData, t: Translate) {
  const intent = 'delete';
  const password = typeof form.get('password') === 'string' ? String(form.get('password')) : '';
  const fields: Record<string, string> = {};
  if (password === '') fields.password = t('common.required');
  if (form.get('confirm') !== 'on') fields.confirm = t('me.deleteConfirmRequired');
  if (Object.keys(fields).length > 0) return fail(intent, { fields });
  const { data: result, setCookies } = await api<{ result: Payload }>(args, DELETE_MY_ACCOUNT, {
    password,
  });
  const failed = errorResult(result.result);
  if (failed) return fail(intent, toFormErrors(failed, ['password']));
  return redirect('/', { headers: cookieHeaders(setCookies) });
}

const ACTOR_ID_BY_SLUG = /* GraphQL */ `
  query ($slug: String!) {
    actor(slug: $slug) {
      id
    }
  }
`;

/** The slug from a pasted profile address (…/actors/<slug>) or the slug itself. */
function slugFrom(value: string): string {
  const match = /\/actors\/([^/?#]+)/.exec(value);
  return decodeURIComponent(match?.[1] ?? value).trim();
}

export async function myPageAction(args: ApiArgs, t: Translate) {
  const form = await args.request.formData();
  const intent = text(form, 'intent');
  switch (intent) {
    case 'consent': {
      const listed = form.get('listed') === 'on';
      const result = await mutate(args, 'consent', { personId: text(form, 'personId'), listed });
      const failed = errorResult(result);
      if (failed) return fail(intent, toFormErrors(failed, ['listed']));
      return {
        intent,
        ok: true,
        message: listed ? t('me.listedNow') : t('me.unlistedNow'),
        errors: { fields: {} },
      } satisfies MeActionResult;
    }
    case 'claim': {
      const values = { actor: text(form, 'actor'), role: text(form, 'role') };
      if (values.actor === '')
        return fail(intent, { fields: { actor: t('common.required') } }, values);
      const { data: found } = await api<{ actor: { id: string } | null }>(args, ACTOR_ID_BY_SLUG, {
        slug: slugFrom(values.actor),
      });
      if (!found.actor) return fail(intent, { fields: { actor: t('me.actorNotFound') } }, values);
      const result = await mutate(args, 'claim', {
        actorId: found.actor.id,
        ...(values.role ? { role: values.role } : {}),
      });
      const failed = errorResult(result);
      if (failed) {
        const errors = toFormErrors(failed, ['actorId', 'role']);
        return fail(
          intent,
          {
            ...errors,
            fields: { actor: errors.fields.actorId ?? errors.form ?? '', ...errors.fields },
          },
          values,
        );
      }
      return {
        intent,
        ok: true,
        message: t('me.claimed'),
        errors: { fields: {} },
      } satisfies MeActionResult;
    }
    case 'create': {
      const values = {
        kind: text(form, 'kind'),
        name: text(form, 'name'),
        description: text(form, 'description'),
        website: text(form, 'website'),
        orgNumber: text(form, 'orgNumber'),
      };
      const fields: Record<string, string> = {};
      if (values.name === '') fields.name = t('common.required');
      if (!(ACTOR_KINDS as readonly string[]).includes(values.kind))
        fields.kind = t('common.required');
      if (Object.keys(fields).length > 0) return fail(intent, { fields }, values);
      const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
      const result = await mutate(args, 'create', { input });
      const failed = errorResult(result);
      if (failed) return fail(intent, toFormErrors(failed, Object.keys(values)), values);
      return {
        intent,
        ok: true,
        message: t('me.actorCreated', { name: result.data?.name ?? values.name }),
        errors: { fields: {} },
      } satisfies MeActionResult;
    }
    case 'update': {
      const values = {
        name: text(form, 'name'),
        description: text(form, 'description'),
        website: text(form, 'website'),
        employees: text(form, 'employees'),
        foundedYear: text(form, 'foundedYear'),
      };
      const fields: Record<string, string> = {};
      if (values.name === '') fields.name = t('common.required');
      const employees = wholeNumber(values.employees);
      const foundedYear = wholeNumber(values.foundedYear);
      if (Number.isNaN(employees)) fields.employees = t('common.wholeNumber');
      if (Number.isNaN(foundedYear)) fields.foundedYear = t('common.wholeNumber');
      if (Object.keys(fields).length > 0) return fail(intent, { fields }, values);
      const input = {
        name: values.name,
        // Empty optional fields clear the value (null), as the API documents.
        description: values.description || null,
        website: values.website || null,
        employees: employees ?? null,
        foundedYear: foundedYear ?? null,
      };
      const result = await mutate(args, 'update', { id: text(form, 'actorId'), input });
      const failed = errorResult(result);
      if (failed) return fail(intent, toFormErrors(failed, Object.keys(values)), values);
      return {
        intent,
        ok: true,
        message: t('me.actorUpdated', { name: result.data?.name ?? values.name }),
        errors: { fields: {} },
      } satisfies MeActionResult;
    }
    case 'topics': {
      const topics = form.getAll('topics').map((id) => ({ topic: String(id), weight: 1 }));
      const result = await mutate(args, 'topics', { actorId: text(form, 'actorId'), topics });
      const failed = errorResult(result);
      if (failed) return fail(intent, toFormErrors(failed, ['topics']));
      return {
        intent,
        ok: true,
        message: t('me.topicsUpdated'),
        errors: { fields: {} },
      } satisfies MeActionResult;
    }
    case 'accept':
    case 'decline': {
      const result = await mutate(args, 'respond', {
        id: text(form, 'introductionId'),
        accept: intent === 'accept',
      });
      const failed = errorResult(result);
      if (failed)
        return fail(intent, toFormErrors(failed, []), {
          introductionId: text(form, 'introductionId'),
        });
      return {
        intent,
        ok: true,
        message: intent === 'accept' ? t('me.accepted') : t('me.declined'),
        errors: { fields: {} },
      } satisfies MeActionResult;
    }
    case 'person': {
      const values = {
        name: text(form, 'name'),
        title: text(form, 'title'),
        expertise: text(form, 'expertise'),
      };
      if (values.name === '')
        return fail(intent, { fields: { name: t('common.required') } }, values);
      // Empty title or expertise clears it, as the API documents.
      const result = await mutate(args, 'person', {
        input: {
          name: values.name,
          title: values.title || null,
          expertise: values.expertise || null,
        },
      });
      const failed = errorResult(result);
      if (failed) return fail(intent, toFormErrors(failed, Object.keys(values)), values);
      return {
        intent,
        ok: true,
        message: t('me.personSaved'),
        errors: { fields: {} },
      } satisfies MeActionResult;
    }
    case 'delete':
      return deleteMyAccount(args, form, t);
    default:
      return fail(intent, { form: t('error.serverBody'), fields: {} });
  }
}
