import { municipalityCodeFormatError } from '@kobling/domain';
import type {
  ConsortiumRole,
  FeatureName,
  Helix,
  Reason,
  Suggestion,
  Triad,
} from '@kobling/matchmaking';
import { CONSORTIUM_ROLES, FEATURES, QUADRANTS, QUADRANT_LABELS } from '@kobling/matchmaking';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ForbiddenError, NotFoundError, mapped, validationError } from '../errors.ts';
import { projectionFor } from '../matchmaking/projection.ts';
import { expireDueLazily } from '@kobling/use-cases';
import { LANGUAGES, languageFor, textKey } from '../matchmaking/language.ts';
import type { Language, TextKey } from '../matchmaking/language.ts';
import {
  MAX_SUGGESTIONS,
  proposeConsortium,
  suggestForNeed,
  suggestPartners,
} from '../matchmaking/service.ts';
import type { SuggestionFilters } from '../matchmaking/service.ts';
import { parseStoredSuggestion } from '../matchmaking/stored-suggestion.ts';
import type { StoredSuggestion } from '../matchmaking/stored-suggestion.ts';
import { ActorKindEnum, HelixEnum } from './enums.ts';
import { loadAll } from './load.ts';
import {
  ActorRef,
  ClusterRef,
  IntroductionRef,
  MunicipalityRef,
  OpportunityRef,
  PersonRef,
  ProjectRef,
  TopicRef,
} from './refs.ts';
import { servedById } from './projected-nodes.ts';
import { textMatchesFor } from '../matchmaking/text-relevance.ts';

/*
 * Matchmaking (issue 5, DESIGN §8): suggestPartners, suggestForNeed, assembleConsortium, and the
 * suggestion an introduction keeps. Docs: docs/api-matchmaking.md.
 *
 * Authorization: suggestions rest on public data only (topics, ACTIVE memberships, projects,
 * OPEN PUBLIC opportunities, introduction outcome counts), so anyone may ask for any actor's
 * suggestions or for a need's, and a viewer cannot learn anything private from them. A person seeker
 * must be visible to the viewer (unlisted people only to their stewards). Asking on behalf of an
 * actor personalises a need with that actor's ties and is for its representatives and admins.
 * A PRIVATE challenge can be assembled for only by those who can see it.
 */

export const LanguageEnum = builder.enumType('Language', {
  description: 'Language of explanation sentences (bokmål or English)',
  values: LANGUAGES,
});

const FEATURE_VALUES = {
  topicOverlap: 'TOPIC_OVERLAP',
  complementarity: 'COMPLEMENTARITY',
  proximity: 'PROXIMITY',
  warmPath: 'WARM_PATH',
  locality: 'LOCALITY',
  trackRecord: 'TRACK_RECORD',
  responsiveness: 'RESPONSIVENESS',
  textMatch: 'TEXT_MATCH',
} as const satisfies Record<FeatureName, string>;

const MatchFeatureEnum = builder.enumType('MatchFeature', {
  description: 'A feature of the partner score (docs/matchmaking.md)',
  values: Object.fromEntries(FEATURES.map((f) => [FEATURE_VALUES[f], { value: f }])) as Record<
    (typeof FEATURE_VALUES)[FeatureName],
    { value: FeatureName }
  >,
});

const QuadrantEnum = builder.enumType('SuggestionQuadrant', {
  description:
    'Similarity (topic overlap) vs complementarity, each high at ≥ 0.4: STRATEGIC_FIT both, PEER similar only, COMPLEMENTARY complementary only, EXPLORATORY neither',
  values: QUADRANTS,
});

const ROLE_VALUES = {
  company: 'COMPANY',
  research: 'RESEARCH',
  publicSupport: 'PUBLIC_SUPPORT',
} as const;
const ConsortiumRoleEnum = builder.enumType('ConsortiumRole', {
  description:
    'COMPANY; RESEARCH: an R&D group or institution; PUBLIC_SUPPORT: a public or support actor',
  values: Object.fromEntries(CONSORTIUM_ROLES.map((r) => [ROLE_VALUES[r], { value: r }])) as Record<
    (typeof ROLE_VALUES)[ConsortiumRole],
    { value: ConsortiumRole }
  >,
});

const TopicRelationEnum = builder.enumType('TopicRelation', {
  description: "How the candidate's topic relates to the wanted one in the taxonomy",
  values: ['NARROWER', 'BROADER'] as const,
});
const TieKindEnum = builder.enumType('TieKind', { values: ['PROJECT', 'CLUSTER'] as const });
const NeedAnswerKindEnum = builder.enumType('NeedAnswerKind', {
  description: 'OFFER: an open public offer answers the need; CAPABILITY: the topics do',
  values: ['OFFER', 'CAPABILITY'] as const,
});
const LocalityMatchEnum = builder.enumType('LocalityMatch', {
  description:
    'UNKNOWN: the partner has no recorded municipality (scored as the region, not cited)',
  values: ['SAME_MUNICIPALITY', 'IN_REGION', 'NONE', 'UNKNOWN'] as const,
});

/* Output shapes: kernel objects with the language the request asked for. */

interface InLanguage<T> {
  readonly value: T;
  readonly lang: TextKey;
}
const inLanguage = <T>(value: T, lang: TextKey): InLanguage<T> => ({ value, lang });

const ScoreComponentRef = builder
  .objectRef<Suggestion['components'][number]>('ScoreComponent')
  .implement({
    description: "One feature's part of a score: contribution = 100 · weight · value points",
    fields: (t) => ({
      feature: t.field({ type: MatchFeatureEnum, resolve: (c) => c.feature }),
      value: t.exposeFloat('value', { description: 'Feature value 0–1' }),
      weight: t.exposeFloat('weight', { description: "The weight's share of all weights, 0–1" }),
      contribution: t.float({ description: 'Points of the 0–100 score', resolve: (c) => c.points }),
    }),
  });

type Tie = { kind: 'PROJECT' | 'CLUSTER'; id: string; name: string };
const TieRef = builder.objectRef<Tie>('WarmPathTie').implement({
  description: 'How an introducer knows one side: a shared project or cluster',
  fields: (t) => ({
    kind: t.field({ type: TieKindEnum, resolve: (x) => x.kind }),
    name: t.exposeString('name'),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      resolve: (x) => (x.kind === 'PROJECT' ? x.id : null),
    }),
    cluster: t.field({
      type: ClusterRef,
      nullable: true,
      resolve: (x) => (x.kind === 'CLUSTER' ? x.id : null),
    }),
  }),
});

type Introducer = Extract<Reason, { feature: 'warmPath' }>['evidence']['introducers'][number];
const IntroducerRef = builder.objectRef<Introducer>('Introducer').implement({
  description: 'A warm path: an actor who has worked with both sides',
  fields: (t) => ({
    actor: t.field({
      type: ActorRef,
      resolve: (x, _args, ctx, info) => servedById(ctx, info, 'actors', x.id),
    }),
    name: t.exposeString('name'),
    withSeeker: t.field({ type: TieRef, resolve: (x) => x.withSeeker }),
    withCandidate: t.field({ type: TieRef, resolve: (x) => x.withCandidate }),
    strength: t.exposeFloat('strength', { description: 'Path strength 0–1' }),
  }),
});

type Related = Extract<Reason, { feature: 'topicOverlap' }>['evidence']['related'][number];
const RelatedTopicRef = builder.objectRef<Related>('RelatedTopicMatch').implement({
  description:
    "A partial match through the taxonomy: the candidate's topic is narrower or broader than a wanted one",
  fields: (t) => ({
    topic: t.field({
      type: TopicRef,
      resolve: (x, _args, ctx, info) => servedById(ctx, info, 'topics', x.topic.id),
    }),
    wanted: t.field({
      type: TopicRef,
      resolve: (x, _args, ctx, info) => servedById(ctx, info, 'topics', x.wanted.id),
    }),
    relation: t.field({ type: TopicRelationEnum, resolve: (x) => x.relation }),
  }),
});

type Answer = NonNullable<Extract<Reason, { feature: 'complementarity' }>['evidence']['answers']>;
const NeedAnswerRef = builder.objectRef<Answer>('NeedAnswer').implement({
  description: 'A need answered by an open public offer or by capability (topics)',
  fields: (t) => ({
    need: t.field({
      type: OpportunityRef,
      nullable: true,
      description: 'The need (null for the ad-hoc need of suggestForNeed)',
      resolve: (x) => (x.need.id === 'ad-hoc-need' ? null : x.need.id),
    }),
    needTitle: t.string({ resolve: (x) => x.need.title }),
    by: t.field({ type: NeedAnswerKindEnum, resolve: (x) => x.by }),
    offer: t.field({ type: OpportunityRef, nullable: true, resolve: (x) => x.offer?.id ?? null }),
    topics: t.field({
      type: [TopicRef],
      resolve: (x, _a, ctx) =>
        loadAll(
          TopicRef,
          ctx,
          x.topics.map((n) => n.id),
        ),
    }),
    coverage: t.exposeFloat('coverage', { description: 'Share 0–1 of the need that is answered' }),
  }),
});

const HelixPairRef = builder.objectRef<{ seeker: Helix; candidate: Helix }>('HelixPair').implement({
  fields: (t) => ({
    seeker: t.field({ type: HelixEnum, resolve: (x) => x.seeker }),
    candidate: t.field({ type: HelixEnum, resolve: (x) => x.candidate }),
  }),
});

const ev = <F extends Reason['feature']>(r: Reason, f: F) =>
  r.feature === f ? (r.evidence as Extract<Reason, { feature: F }>['evidence']) : null;

const EvidenceRef = builder.objectRef<Reason>('SuggestionEvidence').implement({
  description:
    'The facts a reason rests on, each checkable in the graph. Only the fields of the reason’s feature are filled: ' +
    'TOPIC_OVERLAP sharedTopics, relatedTopics; COMPLEMENTARITY answersNeed, needAnsweredBySeeker, crossHelix; ' +
    'PROXIMITY sharedClusters, sharedProjects, sharedTopics; WARM_PATH introducers; LOCALITY locality, municipality; ' +
    'TRACK_RECORD projectCount, technologyCount; RESPONSIVENESS introductionsPositive, introductionsAnswered',
  fields: (t) => ({
    sharedTopics: t.field({
      type: [TopicRef],
      description: 'Topics both have, most informative first',
      resolve: (r, _a, ctx) =>
        loadAll(
          TopicRef,
          ctx,
          (ev(r, 'topicOverlap')?.shared ?? ev(r, 'proximity')?.topics ?? []).map((x) => x.id),
        ),
    }),
    relatedTopics: t.field({
      type: [RelatedTopicRef],
      resolve: (r) => [...(ev(r, 'topicOverlap')?.related ?? [])],
    }),
    sharedClusters: t.field({
      type: [ClusterRef],
      description: 'Clusters both are ACTIVE members of',
      resolve: (r, _a, ctx) =>
        loadAll(
          ClusterRef,
          ctx,
          (ev(r, 'proximity')?.clusters ?? []).map((x) => x.id),
        ),
    }),
    sharedProjects: t.field({
      type: [ProjectRef],
      resolve: (r, _a, ctx) =>
        loadAll(
          ProjectRef,
          ctx,
          (ev(r, 'proximity')?.projects ?? []).map((x) => x.id),
        ),
    }),
    introducers: t.field({
      type: [IntroducerRef],
      resolve: (r) => [...(ev(r, 'warmPath')?.introducers ?? [])],
    }),
    answersNeed: t.field({
      type: NeedAnswerRef,
      nullable: true,
      description: "The seeker's need the candidate answers",
      resolve: (r) => ev(r, 'complementarity')?.answers ?? null,
    }),
    needAnsweredBySeeker: t.field({
      type: NeedAnswerRef,
      nullable: true,
      description: "The candidate's need the seeker answers",
      resolve: (r) => ev(r, 'complementarity')?.answeredBySeeker ?? null,
    }),
    crossHelix: t.field({
      type: HelixPairRef,
      nullable: true,
      resolve: (r) => ev(r, 'complementarity')?.crossHelix ?? null,
    }),
    locality: t.field({
      type: LocalityMatchEnum,
      nullable: true,
      resolve: (r) => ev(r, 'locality')?.match ?? null,
    }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      resolve: (r) => ev(r, 'locality')?.municipality?.code ?? null,
    }),
    matchedWords: t.stringList({
      nullable: true,
      description: 'TEXT_MATCH: the need’s words found in the actor’s own description',
      resolve: (r) => {
        const words = ev(r, 'textMatch')?.words;
        return words ? [...words] : null;
      },
    }),
    projectCount: t.int({ nullable: true, resolve: (r) => ev(r, 'trackRecord')?.projects ?? null }),
    technologyCount: t.int({
      nullable: true,
      resolve: (r) => ev(r, 'trackRecord')?.technologies ?? null,
    }),
    introductionsPositive: t.int({
      nullable: true,
      resolve: (r) => ev(r, 'responsiveness')?.positive ?? null,
    }),
    introductionsAnswered: t.int({
      nullable: true,
      resolve: (r) => ev(r, 'responsiveness')?.answered ?? null,
    }),
  }),
});

const ReasonRef = builder.objectRef<InLanguage<Reason>>('SuggestionReason').implement({
  description: 'One of the top components of a score, with its evidence and a sentence',
  fields: (t) => ({
    feature: t.field({ type: MatchFeatureEnum, resolve: (r) => r.value.feature }),
    value: t.float({ resolve: (r) => r.value.value }),
    points: t.float({ description: 'Points of the 0–100 score', resolve: (r) => r.value.points }),
    text: t.string({
      description: 'The reason as a sentence in the request’s language',
      resolve: (r) => r.value.text[r.lang],
    }),
    evidence: t.field({ type: EvidenceRef, resolve: (r) => r.value }),
  }),
});

/** A suggestion with the actor it was asked for (null for a visitor's need or a person). */
export interface PartnerSuggestionOut extends InLanguage<Suggestion> {
  readonly seekerActorId: string | null;
}

export const PartnerSuggestionRef = builder
  .objectRef<PartnerSuggestionOut>('PartnerSuggestion')
  .implement({
    description: 'A suggested partner with its score (0–100) and an explanation a person can check',
    fields: (t) => ({
      actor: t.field({
        type: ActorRef,
        resolve: (s, _args, ctx, info) => servedById(ctx, info, 'actors', s.value.id),
      }),
      score: t.float({ description: '0–100, one decimal', resolve: (s) => s.value.score }),
      quadrant: t.field({ type: QuadrantEnum, resolve: (s) => s.value.quadrant }),
      quadrantLabel: t.string({ resolve: (s) => QUADRANT_LABELS[s.value.quadrant][s.lang] }),
      similarity: t.float({
        description: 'Topic overlap 0–1',
        resolve: (s) => s.value.explanation.similarity,
      }),
      complementarity: t.float({
        description: '0–1',
        resolve: (s) => s.value.explanation.complementarity,
      }),
      isExistingPartner: t.boolean({
        description:
          'Already works with the seeker (a shared project); only when includeExistingPartners',
        resolve: (s) => s.value.isExistingPartner,
      }),
      components: t.field({
        type: [ScoreComponentRef],
        description:
          'Every feature that applies to this seeker, in fixed order (TEXT_MATCH only for a need’s text)',
        resolve: (s) => s.value.components.filter((c) => c.weight > 0),
      }),
      reasons: t.field({
        type: [ReasonRef],
        description: 'The top components that rest on a concrete fact, most points first',
        resolve: (s) => s.value.explanation.reasons.map((r) => inLanguage(r, s.lang)),
      }),
    }),
  });

interface NeedTopicOut {
  readonly topicId: string;
  readonly weight: number;
  readonly fromText: boolean;
  readonly words?: readonly string[];
}
const NeedTopicRef = builder.objectRef<NeedTopicOut>('NeedTopic').implement({
  description: 'A topic a need was matched on',
  fields: (t) => ({
    topic: t.field({
      type: TopicRef,
      resolve: (x, _args, ctx, info) => servedById(ctx, info, 'topics', x.topicId),
    }),
    weight: t.exposeFloat('weight'),
    fromText: t.exposeBoolean('fromText', {
      description: 'Found in the free text (not given as an id)',
    }),
    words: t.stringList({
      description: 'The words of the text that named it, lower case (none when given as an id)',
      resolve: (x) => [...(x.words ?? [])],
    }),
  }),
});

const NeedSuggestionsRef = builder
  .objectRef<{ topics: readonly NeedTopicOut[]; suggestions: readonly PartnerSuggestionOut[] }>(
    'NeedSuggestions',
  )
  .implement({
    fields: (t) => ({
      topics: t.field({ type: [NeedTopicRef], resolve: (x) => [...x.topics] }),
      suggestions: t.field({ type: [PartnerSuggestionRef], resolve: (x) => [...x.suggestions] }),
    }),
  });

/* Consortium */

type Member = Triad['members'][number];
const ConsortiumMemberRef = builder.objectRef<Member>('ConsortiumMember').implement({
  fields: (t) => ({
    role: t.field({ type: ConsortiumRoleEnum, resolve: (m) => m.role }),
    actor: t.field({
      type: ActorRef,
      resolve: (m, _args, ctx, info) => servedById(ctx, info, 'actors', m.id),
    }),
    score: t.exposeFloat('score', {
      description: "The member's own score (0–100) against the topics",
    }),
    covers: t.field({
      type: [TopicRef],
      description: 'Wanted topics this member has exactly',
      resolve: (m, _a, ctx) =>
        loadAll(
          TopicRef,
          ctx,
          m.covers.map((x) => x.id),
        ),
    }),
  }),
});

type Coverage = Triad['coverage']['covered'][number];
const TopicCoverageRef = builder.objectRef<Coverage>('TopicCoverage').implement({
  fields: (t) => ({
    topic: t.field({
      type: TopicRef,
      resolve: (c, _args, ctx, info) => servedById(ctx, info, 'topics', c.topic.id),
    }),
    exact: t.exposeBoolean('exact', {
      description: 'false: only through a narrower or broader topic',
    }),
    by: t.field({ type: [ActorRef], resolve: (c, _a, ctx) => loadAll(ActorRef, ctx, c.by) }),
  }),
});

type Pair = Triad['pairs'][number];
const ConsortiumPairRef = builder.objectRef<Pair>('ConsortiumPair').implement({
  description: 'The tie between two members: shared projects and clusters, and place',
  fields: (t) => ({
    a: t.field({ type: ActorRef, resolve: (p) => p.a }),
    b: t.field({ type: ActorRef, resolve: (p) => p.b }),
    value: t.exposeFloat('value', { description: '0–1' }),
    sharedClusters: t.field({
      type: [ClusterRef],
      resolve: (p, _a, ctx) =>
        loadAll(
          ClusterRef,
          ctx,
          p.sharedClusters.map((x) => x.id),
        ),
    }),
    sharedProjects: t.field({
      type: [ProjectRef],
      resolve: (p, _a, ctx) =>
        loadAll(
          ProjectRef,
          ctx,
          p.sharedProjects.map((x) => x.id),
        ),
    }),
    sameMunicipality: t.exposeBoolean('sameMunicipality'),
  }),
});

const ConsortiumTriadRef = builder.objectRef<InLanguage<Triad>>('ConsortiumTriad').implement({
  description:
    'A company, an R&D group and a public or support actor that together cover the topics',
  fields: (t) => ({
    score: t.float({
      description: '0–100: 60 % coverage, 25 % member scores, 15 % ties',
      resolve: (x) => x.value.score,
    }),
    coverage: t.float({
      description: 'IDF-weighted share of the topics covered, 0–1',
      resolve: (x) => x.value.coverage.fraction,
    }),
    members: t.field({ type: [ConsortiumMemberRef], resolve: (x) => [...x.value.members] }),
    covered: t.field({ type: [TopicCoverageRef], resolve: (x) => [...x.value.coverage.covered] }),
    missing: t.field({
      type: [TopicRef],
      resolve: (x, _a, ctx) =>
        loadAll(
          TopicRef,
          ctx,
          x.value.coverage.missing.map((m) => m.id),
        ),
    }),
    pairs: t.field({ type: [ConsortiumPairRef], resolve: (x) => [...x.value.pairs] }),
    explanation: t.stringList({ resolve: (x) => x.value.explanation.map((line) => line[x.lang]) }),
  }),
});

const ConsortiumProposalRef = builder
  .objectRef<{
    topicIds: readonly string[];
    opportunityId: string | null;
    triads: readonly InLanguage<Triad>[];
  }>('ConsortiumProposal')
  .implement({
    fields: (t) => ({
      opportunity: t.field({
        type: OpportunityRef,
        nullable: true,
        resolve: (x) => x.opportunityId,
      }),
      topics: t.field({
        type: [TopicRef],
        resolve: (x, _a, ctx) => loadAll(TopicRef, ctx, x.topicIds),
      }),
      triads: t.field({ type: [ConsortiumTriadRef], resolve: (x) => [...x.triads] }),
    }),
  });

/* The suggestion an introduction keeps */

const IntroductionSuggestionRef = builder
  .objectRef<InLanguage<StoredSuggestion>>('IntroductionSuggestion')
  .implement({
    description: 'The suggestion an introduction was asked from, as computed when it was asked',
    fields: (t) => ({
      score: t.float({ resolve: (x) => x.value.score }),
      quadrant: t.field({ type: QuadrantEnum, resolve: (x) => x.value.quadrant }),
      components: t.field({
        type: [ScoreComponentRef],
        resolve: (x) => x.value.components.filter((c) => c.weight > 0),
      }),
      reasons: t.field({
        type: [ReasonRef],
        resolve: (x) => x.value.reasons.map((r) => inLanguage(r, x.lang)),
      }),
    }),
  });

builder.objectFields(IntroductionRef, (t) => ({
  suggestion: t.field({
    type: IntroductionSuggestionRef,
    nullable: true,
    description:
      'The suggestion this introduction was asked from (requestIntroduction with fromSuggestion)',
    args: { language: t.arg({ type: LanguageEnum }) },
    resolve: (i, args, ctx) => {
      const stored = parseStoredSuggestion(i.explanation);
      return stored ? inLanguage(stored, textKey(languageFor(ctx, args.language))) : null;
    },
  }),
}));

/* Inputs */

export const SuggestionOriginInput = builder.inputType('SuggestionOriginInput', {
  description:
    'Ask from a suggestion: the server recomputes it for the pair — suggestPartners for the asking actor, or ' +
    'suggestForNeed on its behalf when needText or needTopicIds are given — and keeps its score and explanation',
  fields: (t) => ({
    needText: t.string(),
    needTopicIds: t.globalIDList({ for: [TopicRef] }),
  }),
});

const SeekerInput = builder.inputType('SuggestionSeekerInput', {
  description:
    'Exactly one: an actor, or a person (matched on behalf of the actor they work at, with their own topics)',
  fields: (t) => ({
    actorId: t.globalID({ for: [ActorRef] }),
    personId: t.globalID({ for: [PersonRef] }),
  }),
});

const FilterInput = builder.inputType('SuggestionFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], description: 'Only these kinds (all when left out)' }),
    helices: t.field({ type: [HelixEnum], description: 'Only these helices (all when left out)' }),
    municipalities: t.stringList({
      description:
        "Preferred municipality codes (kommunenummer): full locality points there (default: the seeker's own)",
    }),
    includeExistingPartners: t.boolean({
      description:
        'Include actors the seeker already has a project with, marked isExistingPartner (default false)',
    }),
  }),
});

const NeedInput = builder.inputType('SuggestForNeedInput', {
  description:
    'An ad-hoc need: free text (mapped to taxonomy topics in bokmål and English) and/or topics',
  fields: (t) => ({
    text: t.string(),
    topicIds: t.globalIDList({ for: [TopicRef] }),
    kinds: t.field({ type: [ActorKindEnum] }),
    helices: t.field({ type: [HelixEnum] }),
    municipalities: t.stringList({ description: 'Preferred municipality codes (kommunenummer)' }),
    onBehalfOfActorId: t.globalID({
      for: [ActorRef],
      description:
        'Ask as this actor (its representatives or an admin): it is left out, its ties count, and its partners are left out or marked',
    }),
    includeExistingPartners: t.boolean(),
  }),
});

const MAX_TEXT = 2000;
const MAX_TOPICS = 30;

function checkFirst(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SUGGESTIONS) {
    throw validationError(['first'], `first must be 1–${MAX_SUGGESTIONS} (got ${n})`);
  }
  return n;
}

function checkMunicipalities(
  codes: readonly string[] | null | undefined,
  path: string[],
): string[] {
  const list = [...(codes ?? [])];
  for (const [i, code] of list.entries()) {
    const message = municipalityCodeFormatError(code);
    if (message !== null) throw validationError([...path, String(i)], message);
  }
  return list;
}

async function prepare(ctx: Context): Promise<void> {
  // Responsiveness counts EXPIRED introductions: mark the due ones first (throttled).
  await expireDueLazily(ctx.graph, ctx.settings.now());
}

const lang = (ctx: Context, language: Language | null | undefined) =>
  textKey(languageFor(ctx, language));

builder.queryFields((t) => ({
  suggestPartners: t.field({
    type: [PartnerSuggestionRef],
    description:
      'Ranked partners for an actor or a person, best first, each with a score 0–100 and an explanation. ' +
      'Public: suggestions use public data only. Unknown seeker: NotFoundError.',
    args: {
      seeker: t.arg({ type: SeekerInput, required: true }),
      filters: t.arg({ type: FilterInput }),
      first: t.arg.int({ defaultValue: 20, description: `1–${MAX_SUGGESTIONS}` }),
      language: t.arg({ type: LanguageEnum, description: 'Default: Accept-Language, else NB' }),
    },
    resolve: async (_root, args, ctx) => {
      const first = checkFirst(args.first);
      const { actorId, personId } = args.seeker;
      if ((actorId ? 1 : 0) + (personId ? 1 : 0) !== 1) {
        throw validationError(['seeker'], 'Give exactly one of actorId and personId');
      }
      if (personId) {
        const person = await ctx.loaders.node(ctx.graph.people.nodes, personId.id);
        if (!person || !(await ctx.access.canSeePerson(person)))
          throw new NotFoundError('Person', personId.id);
      }
      const f = args.filters ?? {};
      const filters: SuggestionFilters = {
        kinds: f.kinds ?? [],
        helices: f.helices ?? [],
        municipalities: checkMunicipalities(f.municipalities, ['filters', 'municipalities']),
        includeExistingPartners: f.includeExistingPartners ?? false,
      };
      await prepare(ctx);
      const ref = actorId
        ? { type: 'ACTOR' as const, id: actorId.id }
        : { type: 'PERSON' as const, id: personId!.id };
      const projection = await projectionFor(ctx);
      const suggestions = await mapped(async () =>
        suggestPartners(projection, ref, filters, first),
      );
      const key = lang(ctx, args.language);
      const seekerActorId = actorId?.id ?? null;
      return suggestions.map((s) => ({ ...inLanguage(s, key), seekerActorId }));
    },
  }),
  suggestForNeed: t.field({
    type: NeedSuggestionsRef,
    description:
      'Ranked partners for an ad-hoc need (text and/or topics). Public. The text is read for taxonomy topics and ' +
      'searched among actors’ own descriptions (hybrid relevance); text that names no topic still gets the actors ' +
      'whose words answer it. Neither text nor topics is a ValidationError naming input.topicIds.',
    args: {
      input: t.arg({ type: NeedInput, required: true }),
      first: t.arg.int({ defaultValue: 20, description: `1–${MAX_SUGGESTIONS}` }),
      language: t.arg({ type: LanguageEnum }),
    },
    resolve: async (_root, args, ctx) => {
      const first = checkFirst(args.first);
      const input = args.input;
      const text = input.text ?? '';
      if (text.length > MAX_TEXT)
        throw validationError(['input', 'text'], `At most ${MAX_TEXT} characters`);
      const topicIds = (input.topicIds ?? []).map((g) => g.id);
      if (topicIds.length > MAX_TOPICS)
        throw validationError(['input', 'topicIds'], `At most ${MAX_TOPICS} topics`);
      const onBehalf = input.onBehalfOfActorId?.id;
      if (onBehalf && !ctx.viewer.isAdmin && !ctx.viewer.approvedActorIds.has(onBehalf)) {
        throw new ForbiddenError(
          ctx.viewer.user === null
            ? 'Sign in to ask on behalf of an actor'
            : 'Only its representatives may ask on behalf of this actor',
        );
      }
      await prepare(ctx);
      const projection = await projectionFor(ctx);
      const textMatches = await textMatchesFor(ctx, text);
      const result = await mapped(async () =>
        suggestForNeed(
          projection,
          {
            text,
            topicIds,
            ...(textMatches ? { textMatches } : {}),
            kinds: input.kinds ?? [],
            helices: input.helices ?? [],
            municipalities: checkMunicipalities(input.municipalities, ['input', 'municipalities']),
            ...(onBehalf ? { onBehalfOfActorId: onBehalf } : {}),
            includeExistingPartners: input.includeExistingPartners ?? false,
          },
          first,
        ),
      );
      const key = lang(ctx, args.language);
      return {
        topics: result.topics.map((x) => ({
          topicId: x.topicId,
          weight: x.weight,
          fromText: x.fromText ?? false,
          words: x.words ?? [],
        })),
        suggestions: result.suggestions.map((s) => ({
          ...inLanguage(s, key),
          seekerActorId: onBehalf ?? null,
        })),
      };
    },
  }),
  assembleConsortium: t.field({
    type: ConsortiumProposalRef,
    description:
      'Up to 10 triads (company + R&D group + public/support actor) covering a CHALLENGE opportunity’s topics or the ' +
      'given topics, each with its coverage and explanation. Give exactly one of opportunityId and topicIds.',
    args: {
      opportunityId: t.arg.globalID({ for: [OpportunityRef] }),
      topicIds: t.arg.globalIDList({ for: [TopicRef] }),
      language: t.arg({ type: LanguageEnum }),
    },
    resolve: async (_root, args, ctx) => {
      const given = (args.topicIds ?? []).map((g) => g.id);
      const opportunityId = args.opportunityId?.id ?? null;
      if ((opportunityId ? 1 : 0) + (args.topicIds ? 1 : 0) !== 1) {
        throw validationError(['opportunityId'], 'Give exactly one of opportunityId and topicIds');
      }
      let topicIds = given;
      if (opportunityId) {
        const opportunity = await ctx.loaders.node(ctx.graph.opportunities.nodes, opportunityId);
        if (!opportunity || !(await ctx.access.canSeeOpportunity(opportunity))) {
          throw new NotFoundError('Opportunity', opportunityId);
        }
        if (opportunity.kind !== 'CHALLENGE') {
          throw validationError(
            ['opportunityId'],
            `A consortium is assembled for a CHALLENGE, not a ${opportunity.kind}`,
          );
        }
        topicIds = (await ctx.loaders.outgoing(ctx.graph.opportunities.topics, opportunityId)).map(
          (l) => l.toKey,
        );
        if (topicIds.length === 0)
          throw validationError(['opportunityId'], 'The challenge has no topics');
      } else if (topicIds.length === 0 || topicIds.length > MAX_TOPICS) {
        throw validationError(['topicIds'], `Give 1–${MAX_TOPICS} topics`);
      }
      const projection = await projectionFor(ctx);
      const result = await mapped(async () => proposeConsortium(projection, { topicIds }));
      const key = lang(ctx, args.language);
      return {
        topicIds: result.topicIds,
        opportunityId,
        triads: result.triads.map((x) => inLanguage(x, key)),
      };
    },
  }),
}));
