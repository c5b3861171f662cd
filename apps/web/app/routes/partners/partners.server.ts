import { HELICES, isOneOf } from '@kobling/domain';
import type { Helix } from '@kobling/domain';
import type { FragmentOf, ResultOf } from 'gql.tada';
import { data } from 'react-router';
import { api, ApiError } from '../../lib/api.server.ts';
import type { ApiArgs } from '../../lib/api.server.ts';
import { errorResult, MutationErrorFragment, toFormErrors } from '../../lib/form-errors.ts';
import type { FormErrors } from '../../lib/form-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import type { Lang, Translate } from '../../lib/i18n/index.ts';
import { TopicPickerFragment } from '../../components/topic-picker.tsx';
import { apiLanguage } from '../../lib/lang.server.ts';
import { approvedActors, MyActorsFragment } from '../../lib/my-actors.server.ts';
import { MatchCardFragment } from './match-card.tsx';
import type { Suggestion } from './match-card.tsx';

/*
 * Find partners: a need (free text and/or topics) → ranked, explained matches (the API's
 * suggestForNeed), or an actor's own suggestions (suggestPartners) → request an introduction
 * that keeps the suggestion's explanation (requestIntroduction with fromSuggestion).
 */

/* A need's suggestions, asked in the page's operation (a visitor) or after it. */
const NeedSuggestionsFragment = graphql(
  `
    fragment NeedSuggestions on NeedSuggestions @_unmask {
      topics {
        words
        topic {
          id
        }
      }
      suggestions {
        ...MatchCard
      }
    }
  `,
  [MatchCardFragment],
);

/*
 * The page's operation: the topics for the picker, the viewer's actors, the seeker named in the
 * address (an actor by slug or an opportunity) and, for a visitor, the need's suggestions. A
 * signed-in viewer asks as one of their actors, which the answer names, and a seeker's
 * suggestions need its id or text: those come in a second operation.
 */
const PartnerPageQuery = graphql(
  `
    query PartnerPage(
      $slug: String!
      $bySlug: Boolean!
      $opportunityId: ID!
      $byOpportunity: Boolean!
      $need: SuggestForNeedInput!
      $askNeed: Boolean!
      $language: Language
    ) {
      topics(first: 100) {
        edges {
          node {
            ...TopicPicker
          }
        }
      }
      viewer {
        user {
          ...MyActors
        }
      }
      actor(slug: $slug) @include(if: $bySlug) {
        id
        name
      }
      node(id: $opportunityId) @include(if: $byOpportunity) {
        __typename
        ... on Opportunity {
          id
          title
          body
          topics {
            topic {
              id
            }
          }
        }
      }
      suggestForNeed(input: $need, first: 15, language: $language) @include(if: $askNeed) {
        ...NeedSuggestions
      }
    }
  `,
  [TopicPickerFragment, MyActorsFragment, NeedSuggestionsFragment],
);

const ForNeedQuery = graphql(
  `
    query SuggestForNeed($input: SuggestForNeedInput!, $language: Language) {
      suggestForNeed(input: $input, first: 15, language: $language) {
        ...NeedSuggestions
      }
    }
  `,
  [NeedSuggestionsFragment],
);

const ForActorQuery = graphql(
  `
    query SuggestPartners($actorId: ID!, $helices: [Helix!], $language: Language) {
      suggestPartners(
        seeker: { actorId: $actorId }
        filters: { helices: $helices }
        first: 15
        language: $language
      ) {
        ...MatchCard
      }
    }
  `,
  [MatchCardFragment],
);

export interface PartnerQuery {
  readonly need: string;
  readonly topics: readonly string[];
  readonly helices: readonly Helix[];
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
    helices: p.getAll('helix').filter((h): h is Helix => isOneOf(HELICES, h)),
    as: p.get('as') ?? '',
    actor: p.get('actor') ?? '',
    opportunity: p.get('opportunity') ?? '',
    submitted: p.has('need') || p.has('topics'),
  };
}

export interface PartnerPage {
  query: PartnerQuery;
  topics: FragmentOf<typeof TopicPickerFragment>[];
  myActors: ReturnType<typeof approvedActors>;
  signedIn: boolean;
  /** What the suggestions are for: a need, an actor or an opportunity. */
  subject:
    | { kind: 'need' }
    | { kind: 'actor'; name: string; id: string }
    | { kind: 'opportunity'; title: string; id: string }
    | null;
  matchedTopics: { id: string; words: readonly string[] }[];
  suggestions: Suggestion[] | null;
  /** What the request-introduction form sends back so the API can recompute the suggestion. */
  origin: { needText: string; needTopicIds: string[]; aboutOpportunityId: string | null } | null;
  errors: FormErrors;
}

type Language = ReturnType<typeof apiLanguage>;

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

/** What a need's suggestions are asked with. */
interface Need {
  readonly text: string;
  readonly topicIds: string[];
  readonly helices: readonly Helix[];
  /** The viewer's actor to ask as ('' for none). */
  readonly asActor: string;
}

function needInput(need: Need) {
  return {
    ...(need.text ? { text: need.text } : {}),
    topicIds: need.topicIds,
    ...(need.helices.length > 0 ? { helices: [...need.helices] } : {}),
    ...(need.asActor ? { onBehalfOfActorId: need.asActor } : {}),
  };
}

/** The page's operation; with a need, its suggestions come in the same operation. */
async function loadKnown(
  args: ApiArgs,
  query: PartnerQuery,
  language: Language,
  need: Need | null,
) {
  const { data: known, errors } = await api(
    args,
    PartnerPageQuery,
    {
      slug: query.actor,
      bySlug: query.actor !== '',
      opportunityId: query.opportunity,
      byOpportunity: query.actor === '' && query.opportunity !== '',
      need: need ? needInput(need) : {},
      askNeed: need !== null,
      language,
    },
    { partial: true },
  );
  // A malformed opportunity id is the API's error on `node` alone: the page then shows no
  // suggestions, as for an unknown one. Any other error is unexpected.
  if (errors.some((e) => e.path?.[0] !== 'node')) throw new ApiError(errors, 200);
  return known;
}

/** The page before any suggestion: the picker's topics and the actors the viewer may ask as. */
function pageOf(query: PartnerQuery, known: ResultOf<typeof PartnerPageQuery>): PartnerPage {
  const myActors = approvedActors(known.viewer.user);
  const mine = new Set(myActors.map((a) => a.id));
  const asActor = mine.has(query.as) ? query.as : (myActors[0]?.id ?? '');
  return {
    query: { ...query, as: asActor },
    topics: known.topics.edges.map((e) => e.node),
    myActors,
    signedIn: known.viewer.user !== null,
    subject: null,
    matchedTopics: [],
    suggestions: null,
    origin: null,
    errors: { fields: {} },
  };
}

function withNeedSuggestions(
  page: PartnerPage,
  subject: PartnerPage['subject'],
  result: ResultOf<typeof NeedSuggestionsFragment>,
  need: Need,
  aboutOpportunityId: string | null,
): PartnerPage {
  return {
    ...page,
    subject,
    matchedTopics: result.topics.map((x) => ({ id: x.topic.id, words: x.words })),
    suggestions: result.suggestions,
    origin: { needText: need.text, needTopicIds: need.topicIds, aboutOpportunityId },
  };
}

export async function loadPartnerPage(
  args: ApiArgs,
  lang: Lang,
  t: Translate,
): Promise<PartnerPage> {
  const query = parsePartnerQuery(new URL(args.request.url));
  const language = apiLanguage(lang);
  // Who the need is asked as: the chosen actor if the viewer represents it, else their first
  // (the load context names them, so the page need not ask the API first).
  const mine = args.context.viewer.actorIds;
  const typed: Need = {
    text: query.need.trim(),
    topicIds: [...query.topics],
    helices: query.helices,
    asActor: mine.includes(query.as) ? query.as : (mine[0] ?? ''),
  };
  // A typed need's suggestions need nothing from the page's answer: they come in the same
  // operation.
  const askNow =
    query.actor === '' &&
    query.opportunity === '' &&
    query.submitted &&
    (typed.text !== '' || typed.topicIds.length > 0);
  let known: ResultOf<typeof PartnerPageQuery>;
  try {
    known = await loadKnown(args, query, language, askNow ? typed : null);
  } catch (error) {
    const errors = askNow && error instanceof ApiError ? queryFieldErrors(error, t) : null;
    if (!errors) throw error;
    // The API refused the need, which voids the whole answer: the page again, with the error.
    return { ...pageOf(query, await loadKnown(args, query, language, null)), errors };
  }
  const page = pageOf(query, known);
  if (known.suggestForNeed) {
    return withNeedSuggestions(page, { kind: 'need' }, known.suggestForNeed, typed, null);
  }
  try {
    if (query.actor) {
      const seeker = known.actor;
      if (!seeker) return page;
      const { data: result } = await api(args, ForActorQuery, {
        actorId: seeker.id,
        helices: query.helices.length > 0 ? [...query.helices] : null,
        language,
      });
      return {
        ...page,
        subject: { kind: 'actor', name: seeker.name, id: seeker.id },
        suggestions: result.suggestPartners,
        // An actor's own suggestions are recomputed with suggestPartners: no need text.
        origin: { needText: '', needTopicIds: [], aboutOpportunityId: null },
      };
    }
    let need: Need = { ...typed, asActor: page.query.as };
    let aboutOpportunityId: string | null = null;
    let subject: PartnerPage['subject'] = { kind: 'need' };
    if (query.opportunity) {
      const o = known.node;
      if (o?.__typename !== 'Opportunity') return page;
      need = {
        ...need,
        text: `${o.title}. ${o.body ?? ''}`.slice(0, 2000),
        topicIds: o.topics.map((x) => x.topic.id),
      };
      aboutOpportunityId = o.id;
      subject = { kind: 'opportunity', title: o.title, id: o.id };
    } else if (!query.submitted) {
      return page;
    } else if (need.text === '' && need.topicIds.length === 0) {
      return { ...page, errors: { fields: { need: t('partners.needOrTopics') } } };
    }
    const { data: result } = await api(args, ForNeedQuery, { input: needInput(need), language });
    return withNeedSuggestions(page, subject, result.suggestForNeed, need, aboutOpportunityId);
  } catch (error) {
    if (error instanceof ApiError) {
      const errors = queryFieldErrors(error, t);
      if (errors) return { ...page, errors };
    }
    throw error;
  }
}

const RequestIntroductionMutation = graphql(
  `
    mutation RequestIntroduction($input: RequestIntroductionInput!) {
      requestIntroduction(input: $input) {
        __typename
        ...MutationError
      }
    }
  `,
  [MutationErrorFragment],
);

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
  const { data: result } = await api(args, RequestIntroductionMutation, { input });
  const failed = errorResult(result.requestIntroduction);
  if (failed) {
    return data<RequestResult>(
      { ok: false, toActorId, message, errors: toFormErrors(failed, ['message', 'fromActorId']) },
      { status: failed.__typename === 'ForbiddenError' ? 403 : 400 },
    );
  }
  return { ok: true, toActorId, toName } satisfies RequestResult;
}
