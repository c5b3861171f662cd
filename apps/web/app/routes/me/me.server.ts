import { ACTOR_KINDS } from '@kobling/domain';
import type { ResultOf } from 'gql.tada';
import { redirect } from 'react-router';
import { api, cookieHeaders } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { TopicPickerFragment } from '../../components/topic-picker.tsx';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { fail } from './action-result.server.ts';
import type { MeActionResult } from './action-result.server.ts';
import { mailAction } from './mail.server.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { redirectToLogin, requireUser } from '../../lib/viewer.server.ts';

/* My page: account, my actors (claim, create, edit, topics), introductions, consent, export, delete. */

/*
 * One operation: the account with its actors (each with what the edit form shows, so the actor
 * being edited needs no second query), the introductions and the topics for the picker.
 */
const MyPageQuery = graphql(
  `
    query MyPage {
      viewer {
        user {
          id
          name
          email
          emailVerified
          mailLanguage
          mailOptOut
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
      topics(first: 100) {
        edges {
          node {
            ...TopicPicker
          }
        }
      }
    }
  `,
  [TopicPickerFragment],
);

export type MyIntroduction = ResultOf<typeof MyPageQuery>['introductions']['edges'][number]['node'];

export async function loadMyPage(args: ApiArgs) {
  requireUser(args);
  const url = new URL(args.request.url);
  const { data: page } = await api(args, MyPageQuery, {});
  const user = page.viewer.user;
  // The API answers as the load context's viewer, whom requireUser let through; the check
  // only narrows the type.
  if (!user) redirectToLogin(args.request);
  const approved = user.representations.filter((r) => r.status === 'APPROVED');
  const editSlug = url.searchParams.get('edit') ?? approved[0]?.actor.slug ?? '';
  const edited = approved.find((r) => r.actor.slug === editSlug)?.actor;
  const editing = edited?.viewerCanEdit ? edited : null;
  const mine = new Set(approved.map((r) => r.actor.id));
  const introductions = page.introductions.edges.map((e) => e.node);
  return {
    user,
    editing,
    topics: page.topics.edges.map((e) => e.node),
    incoming: introductions.filter((i) => i.receiver && mine.has(i.receiver.id)),
    outgoing: introductions.filter((i) => !(i.receiver && mine.has(i.receiver.id))),
  };
}

export type { MeActionResult } from './action-result.server.ts';

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
}

/** An optional whole number from a form field: undefined when empty, NaN when not whole. */
function wholeNumber(value: string): number | undefined {
  if (value === '') return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
}

const ConsentMutation = graphql(
  `
    mutation SetPersonListed($personId: ID!, $listed: Boolean!) {
      result: setPersonListed(personId: $personId, listed: $listed) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const ClaimMutation = graphql(
  `
    mutation ClaimActor($actorId: ID!, $role: String) {
      result: claimActor(actorId: $actorId, role: $role) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const CreateActorMutation = graphql(
  `
    mutation CreateActor($input: CreateActorInput!) {
      result: createActor(input: $input) {
        __typename
        ...MutationError
        ... on MutationCreateActorSuccess {
          data {
            name
          }
        }
      }
    }
  `,
  [MutationErrorFragment],
);

const UpdateActorMutation = graphql(
  `
    mutation UpdateActor($id: ID!, $input: UpdateActorInput!) {
      result: updateActor(id: $id, input: $input) {
        __typename
        ...MutationError
        ... on MutationUpdateActorSuccess {
          data {
            name
          }
        }
      }
    }
  `,
  [MutationErrorFragment],
);

const SetTopicsMutation = graphql(
  `
    mutation SetActorTopics($actorId: ID!, $topics: [TopicWeightInput!]!) {
      result: setActorTopics(actorId: $actorId, topics: $topics) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const UpdatePersonMutation = graphql(
  `
    mutation UpdateMyPerson($input: UpdateMyPersonInput!) {
      result: updateMyPerson(input: $input) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const RespondMutation = graphql(
  `
    mutation RespondToIntroduction($id: ID!, $accept: Boolean!) {
      result: respondToIntroduction(id: $id, accept: $accept) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

const DeleteMyAccountMutation = graphql(
  `
    mutation DeleteMyAccount($password: String!) {
      result: deleteMyAccount(password: $password) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

/** Deletes the account; on success the API's cleared cookie goes to the browser with the redirect home. */
async function deleteMyAccount(args: ApiArgs, form: FormData, t: Translate) {
  const intent = 'delete';
  const password = typeof form.get('password') === 'string' ? String(form.get('password')) : '';
  const fields: Record<string, string> = {};
  if (password === '') fields.password = t('common.required');
  if (form.get('confirm') !== 'on') fields.confirm = t('me.deleteConfirmRequired');
  if (Object.keys(fields).length > 0) return fail(intent, { fields });
  const { data: result, setCookies } = await api(args, DeleteMyAccountMutation, { password });
  const failed = errorResult(result.result);
  if (failed) return fail(intent, toFormErrors(failed, ['password']));
  return redirect('/', { headers: cookieHeaders(setCookies) });
}

/* A claim names an actor by its page's address or slug; the mutation takes its id. */
const ActorIdBySlugQuery = graphql(`
  query ClaimedActorBySlug($slug: String!) {
    actor(slug: $slug) {
      id
    }
  }
`);

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
      const { data } = await api(args, ConsentMutation, {
        personId: text(form, 'personId'),
        listed,
      });
      const result = data.result;
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
      const { data: found } = await api(args, ActorIdBySlugQuery, {
        slug: slugFrom(values.actor),
      });
      if (!found.actor) return fail(intent, { fields: { actor: t('me.actorNotFound') } }, values);
      const { data } = await api(args, ClaimMutation, {
        actorId: found.actor.id,
        ...(values.role ? { role: values.role } : {}),
      });
      const result = data.result;
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
      const kind = ACTOR_KINDS.find((k) => k === values.kind);
      if (kind === undefined) fields.kind = t('common.required');
      if (Object.keys(fields).length > 0 || kind === undefined)
        return fail(intent, { fields }, values);
      const { data } = await api(args, CreateActorMutation, {
        input: {
          kind,
          name: values.name,
          ...(values.description ? { description: values.description } : {}),
          ...(values.website ? { website: values.website } : {}),
          ...(values.orgNumber ? { orgNumber: values.orgNumber } : {}),
        },
      });
      const result = data.result;
      const failed = errorResult(result);
      if (failed) return fail(intent, toFormErrors(failed, Object.keys(values)), values);
      return {
        intent,
        ok: true,
        message: t('me.actorCreated', {
          name: result.__typename === 'MutationCreateActorSuccess' ? result.data.name : values.name,
        }),
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
      const { data } = await api(args, UpdateActorMutation, { id: text(form, 'actorId'), input });
      const result = data.result;
      const failed = errorResult(result);
      if (failed) return fail(intent, toFormErrors(failed, Object.keys(values)), values);
      return {
        intent,
        ok: true,
        message: t('me.actorUpdated', {
          name: result.__typename === 'MutationUpdateActorSuccess' ? result.data.name : values.name,
        }),
        errors: { fields: {} },
      } satisfies MeActionResult;
    }
    case 'topics': {
      const topics = form.getAll('topics').map((id) => ({ topic: String(id), weight: 1 }));
      const { data } = await api(args, SetTopicsMutation, {
        actorId: text(form, 'actorId'),
        topics,
      });
      const result = data.result;
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
      const { data } = await api(args, RespondMutation, {
        id: text(form, 'introductionId'),
        accept: intent === 'accept',
      });
      const result = data.result;
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
      const { data } = await api(args, UpdatePersonMutation, {
        input: {
          name: values.name,
          title: values.title || null,
          expertise: values.expertise || null,
        },
      });
      const result = data.result;
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
    case 'mail-preferences':
    case 'mail-resend':
    case 'mail-change':
      return mailAction(args, form, intent, t);
    default:
      return fail(intent, { form: t('error.serverBody'), fields: {} });
  }
}
