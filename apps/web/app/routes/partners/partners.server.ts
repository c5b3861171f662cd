import { data } from 'react-router';
import { api, ApiError } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { ALL_MUTATION_ERRORS, errorResult, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors, MutationErrorShape } from '../../lib/form-errors.ts';
import type { Lang, Translate } from '../../lib/i18n/index.ts';
import { HELICES } from '../../lib/labels.ts';
import { approvedActors, loadMyAccount } from '../../lib/my-actors.server.ts';
import type { MyActor } from '../../lib/my-actors.server.ts';
import { loadTopicOptions } from '../../lib/topics.server.ts';
import type { TopicOption } from '../../lib/topics.server.ts';

/*
 * Find partners: a need (free text and/or topics) → ranked, explained matches (the API's
 * suggestForNeed), or an actor's own suggestions (suggestPartners) → request an introduction
 * that keeps the suggestion's explanation (requestIntroduction with fromSuggestion).
 */

export interface Suggestion {
  actor: { id: string; name: string; slug: string; kind: string; helix: string; source: string };
  score: number;
  quadrant: string;
  quadrantLabel: string;
  similarity: number;
  complementarity: number;
  isExistingPartner: boolean;
  reasons: { feature: string; points: number; text: string }[];
  components: { feature: string; contribution: number }[];
}

const SUGGESTION_FIELDS = /* GraphQL */ `
  actor { id name slug kind helix source }
  score quadrant quadrantLabel similarity complementarity isExistingPartner
  reasons { feature points text }
  components { feature contribution }
`;

const FOR_NEED = /* GraphQL */ `
  query SuggestForNeed($input: SuggestForNeedInput!, $language: Language) {
    suggestForNeed(input: $input, first: 15, language: $language) {
      topics { fromText topic { id } }
      suggestions { ${SUGGESTION_FIELDS} }
    }
  }
`;

const FOR_ACTOR = /* GraphQL */ `
  query SuggestPartners($actorId: ID!, $helices: [Helix!], $language: Language) {
    suggestPartners(seeker: { actorId: $actorId }, filters: { helices: $helices }, first: 15, language: $language) {
      ${SUGGESTION_FIELDS}
    }
  }
`;

const ACTOR_BY_SLUG = /* GraphQL */ `
  query PartnerSeeker($slug: String!) {
    actor(slug: $slug) {
      id
      name
      slug
    }
  }
`;

const OPPORTUNITY = /* GraphQL */ `
  query PartnerOpportunity($id: ID!) {
    node(id: $id) {
      ... on Opportunity {
        id
        title
        body
        postedBy {
          id
        }
        topics {
          topic {
            id
          }
        }
      }
    }
  }
`;

export interface PartnerQuery {
  readonly need: string;
  readonly topics: readonly string[];
  readonly helices: readonly string[];
  readonly as: string;
  readonly actor: string;
  readonly opportunity: string;
  readonly submitted: boolean;
}

export function parsePartnerQuery(url: URL): PartnerQuery {
  const p = url.searchParams;
  return {
    need: (p.get('need') ?? '').slice(0, 2000),
    topics: p.getAll('topics').slice(0, 30),
    helices: p.getAll('helix').filter((h) => (HELICES as readonly string[]).includes(h)),
    as: p.get('as') ?? '',
    actor: p.get('actor') ?? '',
    opportunity: p.get('opportunity') ?? '',
    submitted: p.has('need') || p.has('topics'),
  };
}

export interface PartnerPage {
  query: PartnerQuery;
  topics: TopicOption[];
  myActors: MyActor[];
  signedIn: boolean;
  /** What the suggestions are for: a need, an actor or an opportunity. */
  subject:
    | { kind: 'need' }
    | { kind: 'actor'; name: string; id: string }
    | { kind: 'opportunity'; title: string; id: string }
    | null;
  matchedTopics: { id: string; fromText: boolean }[];
  suggestions: Suggestion[] | null;
  /** What the request-introduction form sends back so the API can recompute the suggestion. */
  origin: { needText: string; needTopicIds: string[]; aboutOpportunityId: string | null } | null;
  errors: FormErrors;
}

function apiLanguage(lang: Lang): 'NB' | 'EN' {
  return lang === 'en' ? 'EN' : 'NB';
}

/** The API's input errors on a query (not typed results there) as field errors. */
function queryFieldErrors(error: ApiError, t: Translate): FormErrors | null {
  const fields: Record<string, string> = {};
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') return null;
    const issues = (e.extensions.fields ?? []) as { path: string[]; message: string }[];
    for (const issue of issues) {
      const name = issue.path.includes('topicIds')
        ? 'topics'
        : issue.path.includes('text')
          ? 'need'
          : undefined;
      if (name) fields[name] ??= issue.message;
    }
  }
  if (Object.keys(fields).length === 0)
    return { form: t('partners.needOrTopics'), fields: { need: t('partners.needOrTopics') } };
  return { fields };
}

export async function loadPartnerPage(
  args: ApiArgs,
  lang: Lang,
  t: Translate,
): Promise<PartnerPage> {
  const query = parsePartnerQuery(new URL(args.request.url));
  const [topics, account] = await Promise.all([loadTopicOptions(args), loadMyAccount(args)]);
  const myActors = approvedActors(account);
  const mine = new Set(myActors.map((a) => a.id));
  const asActor = mine.has(query.as) ? query.as : (myActors[0]?.id ?? '');
  const page: PartnerPage = {
    query: { ...query, as: asActor },
    topics,
    myActors,
    signedIn: account.user !== null,
    subject: null,
    matchedTopics: [],
    suggestions: null,
    origin: null,
    errors: { fields: {} },
  };
  const language = apiLanguage(lang);
  try {
    if (query.actor) {
      const { data: found } = await api<{ actor: { id: string; name: string } | null }>(
        args,
        ACTOR_BY_SLUG,
        { slug: query.actor },
      );
      if (!found.actor) return page;
      const { data: result } = await api<{ suggestPartners: Suggestion[] }>(args, FOR_ACTOR, {
        actorId: found.actor.id,
        helices: query.helices.length > 0 ? query.helices : null,
        language,
      });
      return {
        ...page,
        subject: { kind: 'actor', name: found.actor.name, id: found.actor.id },
        suggestions: result.suggestPartners,
        // An actor's own suggestions are recomputed with suggestPartners: no need text.
        origin: { needText: '', needTopicIds: [], aboutOpportunityId: null },
      };
    }
    let text = query.need.trim();
    let topicIds = [...query.topics];
    let aboutOpportunityId: string | null = null;
    let subject: PartnerPage['subject'] = { kind: 'need' };
    if (query.opportunity) {
      const { data: found } = await api<{
        node: {
          id?: string;
          title?: string;
          body?: string | null;
          topics?: { topic: { id: string } }[];
        } | null;
      }>(args, OPPORTUNITY, { id: query.opportunity });
      const o = found.node;
      if (!o?.id || !o.title) return page;
      text = `${o.title}. ${o.body ?? ''}`.slice(0, 2000);
      topicIds = (o.topics ?? []).map((x) => x.topic.id);
      aboutOpportunityId = o.id;
      subject = { kind: 'opportunity', title: o.title, id: o.id };
    } else if (!query.submitted) {
      return page;
    } else if (text === '' && topicIds.length === 0) {
      return { ...page, errors: { fields: { need: t('partners.needOrTopics') } } };
    }
    const { data: result } = await api<{
      suggestForNeed: {
        topics: { fromText: boolean; topic: { id: string } }[];
        suggestions: Suggestion[];
      };
    }>(args, FOR_NEED, {
      input: {
        ...(text ? { text } : {}),
        topicIds,
        ...(query.helices.length > 0 ? { helices: query.helices } : {}),
        ...(asActor ? { onBehalfOfActorId: asActor } : {}),
      },
      language,
    });
    return {
      ...page,
      subject,
      matchedTopics: result.suggestForNeed.topics.map((x) => ({
        id: x.topic.id,
        fromText: x.fromText,
      })),
      suggestions: result.suggestForNeed.suggestions,
      origin: { needText: text, needTopicIds: topicIds, aboutOpportunityId },
    };
  } catch (error) {
    if (error instanceof ApiError) {
      const errors = queryFieldErrors(error, t);
      if (errors) return { ...page, errors };
    }
    throw error;
  }
}

const REQUEST_INTRODUCTION = /* GraphQL */ `
  mutation RequestIntroduction($input: RequestIntroductionInput!) {
    requestIntroduction(input: $input) {
      ${ALL_MUTATION_ERRORS}
      ... on MutationRequestIntroductionSuccess { data { id status } }
    }
  }
`;

export type RequestResult =
  | { ok: true; toActorId: string; toName: string }
  | { ok: false; toActorId: string; errors: FormErrors; message: string };

export async function requestIntroductionAction(args: ApiArgs, t: Translate) {
  const form = await args.request.formData();
  const fromActorId = String(form.get('fromActorId') ?? '');
  const toActorId = String(form.get('toActorId') ?? '');
  const toName = String(form.get('toName') ?? '');
  const message = String(form.get('message') ?? '').trim();
  const needText = String(form.get('needText') ?? '');
  const needTopicIds = form.getAll('needTopicIds').map(String);
  const aboutOpportunityId = String(form.get('aboutOpportunityId') ?? '');
  if (fromActorId === '') {
    return data<RequestResult>(
      {
        ok: false,
        toActorId,
        message,
        errors: {
          form: t('partners.signInToRequest'),
          fields: { fromActorId: t('partners.signInToRequest') },
        },
      },
      { status: 400 },
    );
  }
  const fromNeed = needText !== '' || needTopicIds.length > 0;
  const input = {
    fromActorId,
    toActorId,
    ...(message ? { message } : {}),
    ...(aboutOpportunityId ? { aboutOpportunityId } : {}),
    fromSuggestion: fromNeed ? { ...(needText ? { needText } : {}), needTopicIds } : {},
  };
  const { data: result } = await api<{
    requestIntroduction: { __typename: string } & Partial<MutationErrorShape>;
  }>(args, REQUEST_INTRODUCTION, { input });
  const failed = errorResult(result.requestIntroduction);
  if (failed) {
    return data<RequestResult>(
      { ok: false, toActorId, message, errors: toFormErrors(failed, ['message', 'fromActorId']) },
      { status: failed.__typename === 'ForbiddenError' ? 403 : 400 },
    );
  }
  return { ok: true, toActorId, toName } satisfies RequestResult;
}
