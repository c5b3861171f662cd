import { municipalityCodeFormatError } from '@kobling/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, openTestApi } from './testing/fixture.ts';
import type { AsUser, GqlResult, TestApi } from './testing/fixture.ts';

/*
 * Matchmaking through GraphQL (issue 5) on a fresh embedded store with the region seed: every
 * field, the typed errors, determinism, that every piece of evidence an explanation names is in
 * the graph, existing partners, and that private opportunities never influence or leak.
 */

const NTNU = 'actor:ntnu';

const EVIDENCE = /* GraphQL */ `
  fragment Suggestion on PartnerSuggestion {
    actor {
      id
    }
    score
    quadrant
    quadrantLabel
    similarity
    complementarity
    isExistingPartner
    components {
      feature
      value
      weight
      contribution
    }
    reasons {
      feature
      value
      points
      text
      evidence {
        sharedTopics {
          id
        }
        relatedTopics {
          topic {
            id
          }
          wanted {
            id
          }
          relation
        }
        sharedClusters {
          id
        }
        sharedProjects {
          id
        }
        introducers {
          actor {
            id
          }
          withSeeker {
            kind
            name
            project {
              id
            }
            cluster {
              id
            }
          }
          withCandidate {
            kind
            name
            project {
              id
            }
            cluster {
              id
            }
          }
          strength
        }
        answersNeed {
          need {
            id
          }
          needTitle
          by
          offer {
            id
          }
          topics {
            id
          }
          coverage
        }
        needAnsweredBySeeker {
          need {
            id
          }
          needTitle
          by
          offer {
            id
          }
          topics {
            id
          }
          coverage
        }
        crossHelix {
          seeker
          candidate
        }
        locality
        municipality {
          code
        }
        projectCount
        technologyCount
        introductionsPositive
        introductionsAnswered
      }
    }
  }
`;

const SUGGEST = /* GraphQL */ `
  query Suggest(
    $seeker: SuggestionSeekerInput!
    $filters: SuggestionFilter
    $first: Int
    $language: Language
  ) {
    suggestPartners(seeker: $seeker, filters: $filters, first: $first, language: $language) {
      ...Suggestion
    }
  }
  ${EVIDENCE}
`;

const FOR_NEED = /* GraphQL */ `
  query ForNeed($input: SuggestForNeedInput!, $first: Int, $language: Language) {
    suggestForNeed(input: $input, first: $first, language: $language) {
      topics {
        topic {
          id
        }
        weight
        fromText
        words
      }
      suggestions {
        ...Suggestion
      }
    }
  }
  ${EVIDENCE}
`;

const CONSORTIUM = /* GraphQL */ `
  query Consortium($opportunityId: ID, $topicIds: [ID!], $language: Language) {
    assembleConsortium(opportunityId: $opportunityId, topicIds: $topicIds, language: $language) {
      opportunity {
        id
      }
      topics {
        id
      }
      triads {
        score
        coverage
        explanation
        members {
          role
          score
          actor {
            id
            kind
          }
          covers {
            id
          }
        }
        covered {
          topic {
            id
          }
          exact
          by {
            id
          }
        }
        missing {
          id
        }
        pairs {
          a {
            id
          }
          b {
            id
          }
          value
          sameMunicipality
          sharedClusters {
            id
          }
          sharedProjects {
            id
          }
        }
      }
    }
  }
`;

interface Ref {
  id: string;
}
interface Tie {
  kind: 'PROJECT' | 'CLUSTER';
  name: string;
  project: Ref | null;
  cluster: Ref | null;
}
interface Answer {
  need: Ref | null;
  needTitle: string;
  by: 'OFFER' | 'CAPABILITY';
  offer: Ref | null;
  topics: Ref[];
  coverage: number;
}
interface Evidence {
  sharedTopics: Ref[];
  relatedTopics: { topic: Ref; wanted: Ref; relation: 'NARROWER' | 'BROADER' }[];
  sharedClusters: Ref[];
  sharedProjects: Ref[];
  introducers: { actor: Ref; withSeeker: Tie; withCandidate: Tie; strength: number }[];
  answersNeed: Answer | null;
  needAnsweredBySeeker: Answer | null;
  crossHelix: { seeker: string; candidate: string } | null;
  locality: string | null;
  municipality: { code: string } | null;
  projectCount: number | null;
  technologyCount: number | null;
  introductionsPositive: number | null;
  introductionsAnswered: number | null;
}
interface Suggestion {
  actor: Ref;
  score: number;
  quadrant: string;
  quadrantLabel: string;
  similarity: number;
  complementarity: number;
  isExistingPartner: boolean;
  components: { feature: string; value: number; weight: number; contribution: number }[];
  reasons: { feature: string; value: number; points: number; text: string; evidence: Evidence }[];
}

/** The store key inside a relay global id. */
const key = (globalId: string): string => {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
};

function errorOf(result: GqlResult) {
  const error = result.body.errors?.[0];
  return {
    code: error?.extensions?.code,
    fields: (error?.extensions?.fields as { path: string[]; message: string }[] | undefined) ?? [],
    message: error?.message,
  };
}

let t: TestApi;

async function suggest(
  seeker: Record<string, string>,
  options: {
    filters?: object;
    first?: number;
    language?: 'EN' | 'NB';
    as?: AsUser;
    headers?: Record<string, string>;
  } = {},
): Promise<{ result: GqlResult; suggestions: Suggestion[] }> {
  const result = await t.gql(
    SUGGEST,
    {
      seeker,
      filters: options.filters ?? null,
      first: options.first ?? 20,
      language: options.language ?? null,
    },
    options.as,
    options.headers,
  );
  return {
    result,
    suggestions: (result.body.data?.suggestPartners as Suggestion[] | undefined) ?? [],
  };
}

const actorSeeker = (id: string) => ({ actorId: gid('Actor', id) });

/** Graph facts of actors, read straight from the store. */
async function factsOf(ids: readonly string[]) {
  const { actors } = t.graph;
  const tx = t.graph.runner;
  const [topics, memberships, participations, locations] = [
    await actors.topics.outgoing(tx, ids),
    await actors.memberships.outgoing(tx, ids),
    await actors.participations.outgoing(tx, ids),
    await actors.location.outgoing(tx, ids),
  ];
  return new Map(
    ids.map((id, i) => [
      id,
      {
        topics: new Set((topics[i] ?? []).map((l) => l.toKey)),
        activeClusters: new Set(
          (memberships[i] ?? []).filter((m) => m.status === 'ACTIVE').map((m) => m.toKey),
        ),
        projects: new Set((participations[i] ?? []).map((l) => l.toKey)),
        municipality: locations[i]?.[0]?.toKey ?? null,
      },
    ]),
  );
}

beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.close();
});

describe('suggestPartners', () => {
  it('ranks partners for an actor with a score 0–100, every component and reasons with evidence', async () => {
    const { result, suggestions } = await suggest(actorSeeker(NTNU), { first: 10, language: 'EN' });
    expect(result.body.errors).toBeUndefined();
    expect(suggestions.length).toBe(10);
    const scores = suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of suggestions) {
      expect(key(s.actor.id)).not.toBe(NTNU);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      expect(s.components.map((c) => c.feature)).toEqual([
        'TOPIC_OVERLAP',
        'COMPLEMENTARITY',
        'PROXIMITY',
        'WARM_PATH',
        'LOCALITY',
        'TRACK_RECORD',
        'RESPONSIVENESS',
      ]);
      const total = s.components.reduce((sum, c) => sum + c.contribution, 0);
      expect(Math.abs(total - s.score)).toBeLessThan(0.051);
      for (const c of s.components)
        expect(Math.abs(c.contribution - 100 * c.weight * c.value)).toBeLessThan(1e-9);
      expect(s.reasons.length).toBeGreaterThan(0);
      expect(s.reasons.length).toBeLessThanOrEqual(3);
      for (const r of s.reasons) expect(r.text.length).toBeGreaterThan(0);
      expect(['STRATEGIC_FIT', 'PEER', 'COMPLEMENTARY', 'EXPLORATORY']).toContain(s.quadrant);
      expect(s.isExistingPartner).toBe(false);
    }
  });

  it('answers the same request twice with the same result', async () => {
    const a = await suggest(actorSeeker('actor:sintef'), {
      filters: { includeExistingPartners: true },
    });
    const b = await suggest(actorSeeker('actor:sintef'), {
      filters: { includeExistingPartners: true },
    });
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(JSON.stringify(b.result.body)).toBe(JSON.stringify(a.result.body));
  });

  it('writes the reasons in the language asked for, else Accept-Language, else bokmål', async () => {
    const en = await suggest(actorSeeker(NTNU), { language: 'EN', first: 3 });
    const nb = await suggest(actorSeeker(NTNU), { language: 'NB', first: 3 });
    const header = await suggest(actorSeeker(NTNU), {
      first: 3,
      headers: { 'accept-language': 'en-GB,en;q=0.9,nb;q=0.5' },
    });
    const headerNb = await suggest(actorSeeker(NTNU), {
      first: 3,
      headers: { 'accept-language': 'nn, en;q=0.5' },
    });
    const none = await suggest(actorSeeker(NTNU), { first: 3 });
    const texts = (x: { suggestions: Suggestion[] }) =>
      x.suggestions.flatMap((s) => s.reasons.map((r) => r.text));
    expect(texts(en)).not.toEqual(texts(nb));
    expect(texts(header)).toEqual(texts(en));
    expect(texts(headerNb)).toEqual(texts(nb));
    expect(texts(none)).toEqual(texts(nb));
    expect(en.suggestions[0]?.quadrantLabel).not.toBe(nb.suggestions[0]?.quadrantLabel);
  });

  it('applies the kind and helix filters', async () => {
    const kinds = await suggest(actorSeeker(NTNU), { filters: { kinds: ['COMPANY'] } });
    const helices = await suggest(actorSeeker(NTNU), { filters: { helices: ['GOVERNMENT'] } });
    expect(kinds.suggestions.length).toBeGreaterThan(0);
    const rows = await t.graph.actors.nodes.getMany(t.graph.runner, [
      ...kinds.suggestions.map((s) => key(s.actor.id)),
      ...helices.suggestions.map((s) => key(s.actor.id)),
    ]);
    const byId = new Map(rows.map((r) => [r!.id, r!]));
    for (const s of kinds.suggestions) expect(byId.get(key(s.actor.id))?.kind).toBe('COMPANY');
    for (const s of helices.suggestions)
      expect(byId.get(key(s.actor.id))?.helix).toBe('GOVERNMENT');
  });

  it('leaves existing partners out by default and marks them when asked to include them', async () => {
    // The actor with the most project partners (co-participants of its projects).
    const ids = await t.graph.actors.nodes.keysAfter(t.graph.runner, '', 1000);
    const projects = await t.graph.actors.participations.outgoing(t.graph.runner, ids);
    const participants = await t.graph.projects.participants.incoming(t.graph.runner, [
      ...new Set(projects.flat().map((p) => p.toKey)),
    ]);
    const byProject = new Map(
      participants.map((list) => [list[0]?.toKey ?? '', list.map((l) => l.fromKey)]),
    );
    const partnersOf = (i: number) =>
      new Set(
        (projects[i] ?? [])
          .flatMap((p) => byProject.get(p.toKey) ?? [])
          .filter((id) => id !== ids[i]),
      );
    const best = ids.map((_, i) => i).sort((a, b) => partnersOf(b).size - partnersOf(a).size)[0]!;
    const actorId = ids[best]!;
    const partners = partnersOf(best);
    expect(partners.size).toBeGreaterThan(1);

    const without = await suggest(actorSeeker(actorId), { first: 50 });
    expect(without.suggestions.some((s) => partners.has(key(s.actor.id)))).toBe(false);
    const withPartners = await suggest(actorSeeker(actorId), {
      first: 50,
      filters: { includeExistingPartners: true },
    });
    const marked = withPartners.suggestions.filter((s) => s.isExistingPartner);
    expect(marked.length).toBeGreaterThan(0);
    for (const s of withPartners.suggestions)
      expect(s.isExistingPartner).toBe(partners.has(key(s.actor.id)));
  });

  it('matches a person on behalf of the actor they work at, with their own topics', async () => {
    const people = await t.graph.people.nodes.getMany(t.graph.runner, ['person:sindre-graneberg']);
    const person = people[0]!;
    expect(person.listed).toBe(true);
    const [employer] = await t.graph.people.worksAt.outgoing(t.graph.runner, [person.id]);
    const { result, suggestions } = await suggest({ personId: gid('Person', person.id) });
    expect(result.body.errors).toBeUndefined();
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.some((s) => key(s.actor.id) === employer?.[0]?.toKey)).toBe(false);
  });

  it('hides an unlisted person: a NotFoundError for others, suggestions for its stewards', async () => {
    const ids = await t.graph.people.nodes.keysAfter(t.graph.runner, '', 500);
    const rows = await t.graph.people.nodes.getMany(t.graph.runner, ids);
    const unlisted = rows.find((p) => p !== null && !p.listed)!;
    const [employers] = await t.graph.people.worksAt.outgoing(t.graph.runner, [unlisted.id]);
    const visitor = await suggest({ personId: gid('Person', unlisted.id) });
    expect(errorOf(visitor.result).code).toBe('NOT_FOUND');
    const steward = await t.makeUser({ represents: [employers![0]!.toKey] });
    const own = await suggest({ personId: gid('Person', unlisted.id) }, { as: steward });
    expect(own.result.body.errors).toBeUndefined();
    expect(own.suggestions.length).toBeGreaterThan(0);
  });

  it('answers an unknown seeker with a NotFoundError and bad arguments with a ValidationError naming them', async () => {
    const unknown = await suggest(actorSeeker('actor:does-not-exist'));
    expect(errorOf(unknown.result).code).toBe('NOT_FOUND');
    expect(errorOf(unknown.result).message).toMatch(/actor:does-not-exist/);
    const both = await suggest({
      actorId: gid('Actor', NTNU),
      personId: gid('Person', 'person:sindre-graneberg'),
    });
    expect(errorOf(both.result)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['seeker'] }],
    });
    const neither = await suggest({});
    expect(errorOf(neither.result)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['seeker'] }],
    });
    const first = await suggest(actorSeeker(NTNU), { first: 0 });
    expect(errorOf(first.result)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['first'] }],
    });
    const code = await suggest(actorSeeker(NTNU), { filters: { municipalities: ['50x1'] } });
    expect(errorOf(code.result)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: ['filters', 'municipalities', '0'], message: municipalityCodeFormatError('50x1') },
      ],
    });
  });

  it('makes a bounded number of store round-trips, whatever the number of suggestions', async () => {
    const trips = async (first: number) => {
      const before = t.graph.runner.roundTrips;
      await suggest(actorSeeker(NTNU), { first });
      return t.graph.runner.roundTrips - before;
    };
    await trips(1); // warm: the lazy expiry check runs at most once a minute
    const counts = [await trips(1), await trips(10), await trips(50)];
    // Only which kinds of evidence appear (each one batched load of its node type) may add some.
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(6);
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
  });
});

describe('every piece of evidence an explanation names is in the graph', () => {
  it('holds for the suggestions of every actor with a project or an ACTIVE cluster membership', async () => {
    const ids = await t.graph.runner.read(async (tx) => {
      const all = await t.graph.actors.nodes.keysAfter(tx, '', 1000);
      return all;
    });
    const facts = await factsOf(ids);
    const seekers = ids.filter(
      (id) => facts.get(id)!.projects.size > 0 || facts.get(id)!.activeClusters.size > 0,
    );
    expect(seekers.length).toBeGreaterThan(20);
    const seen = {
      topics: 0,
      related: 0,
      clusters: 0,
      projects: 0,
      introducers: 0,
      needs: 0,
      offers: 0,
      locality: 0,
    };
    const [broaderLinks] = [
      await t.graph.topics.broader.outgoing(t.graph.runner, [
        ...new Set([...facts.values()].flatMap((f) => [...f.topics])),
      ]),
    ];
    const allTopicIds = [...new Set([...facts.values()].flatMap((f) => [...f.topics]))];
    const broaderOf = new Map(
      allTopicIds.map((id, i) => [id, broaderLinks[i]?.[0]?.toKey ?? null]),
    );
    const opportunityIds = new Set<string>();

    for (const seekerId of seekers) {
      const { result, suggestions } = await suggest(actorSeeker(seekerId), {
        filters: { includeExistingPartners: true },
      });
      expect(result.body.errors).toBeUndefined();
      const seeker = facts.get(seekerId)!;
      for (const s of suggestions) {
        const candidateId = key(s.actor.id);
        const candidate = facts.get(candidateId)!;
        for (const r of s.reasons) {
          const e = r.evidence;
          for (const topic of e.sharedTopics) {
            seen.topics += 1;
            expect(seeker.topics.has(key(topic.id)) && candidate.topics.has(key(topic.id))).toBe(
              true,
            );
          }
          for (const rel of e.relatedTopics) {
            seen.related += 1;
            const [topic, wanted] = [key(rel.topic.id), key(rel.wanted.id)];
            expect(candidate.topics.has(topic) && seeker.topics.has(wanted)).toBe(true);
            expect(rel.relation === 'NARROWER' ? broaderOf.get(topic) : broaderOf.get(wanted)).toBe(
              rel.relation === 'NARROWER' ? wanted : topic,
            );
          }
          for (const cluster of e.sharedClusters) {
            seen.clusters += 1;
            expect(
              seeker.activeClusters.has(key(cluster.id)) &&
                candidate.activeClusters.has(key(cluster.id)),
            ).toBe(true);
          }
          for (const project of e.sharedProjects) {
            seen.projects += 1;
            expect(
              seeker.projects.has(key(project.id)) && candidate.projects.has(key(project.id)),
            ).toBe(true);
          }
          for (const intro of e.introducers) {
            seen.introducers += 1;
            const via = facts.get(key(intro.actor.id))!;
            for (const [tie, side] of [
              [intro.withSeeker, seeker],
              [intro.withCandidate, candidate],
            ] as const) {
              expect(tie.kind).toBe('PROJECT');
              const projectId = key(tie.project!.id);
              expect(via.projects.has(projectId) && side.projects.has(projectId)).toBe(true);
            }
          }
          for (const [answer, asker, answerer] of [
            [e.answersNeed, seekerId, candidateId],
            [e.needAnsweredBySeeker, candidateId, seekerId],
          ] as const) {
            if (!answer) continue;
            seen.needs += 1;
            const needId = key(answer.need!.id);
            opportunityIds.add(needId);
            const need = await t.graph.opportunities.nodes.get(t.graph.runner, needId);
            expect(need).toMatchObject({ status: 'OPEN', visibility: 'PUBLIC' });
            expect(['NEED', 'CHALLENGE']).toContain(need!.kind);
            expect(await t.graph.opportunities.postedBy.incoming(t.graph.runner, [needId])).toEqual(
              [[expect.objectContaining({ fromKey: asker })]],
            );
            if (answer.offer) {
              seen.offers += 1;
              const offerId = key(answer.offer.id);
              opportunityIds.add(offerId);
              const offer = await t.graph.opportunities.nodes.get(t.graph.runner, offerId);
              expect(offer).toMatchObject({ kind: 'OFFER', status: 'OPEN', visibility: 'PUBLIC' });
              expect(
                await t.graph.opportunities.postedBy.incoming(t.graph.runner, [offerId]),
              ).toEqual([[expect.objectContaining({ fromKey: answerer })]]);
            }
          }
          if (e.municipality) {
            seen.locality += 1;
            expect(e.municipality.code).toBe(candidate.municipality);
          }
        }
      }
    }
    // The check is not vacuous: the sweep met every kind of evidence.
    expect(seen.topics).toBeGreaterThan(0);
    expect(seen.clusters).toBeGreaterThan(0);
    expect(seen.projects).toBeGreaterThan(0);
    expect(seen.introducers).toBeGreaterThan(0);
    expect(seen.needs).toBeGreaterThan(0);
    expect(seen.locality).toBeGreaterThan(0);
    // No PRIVATE opportunity of the seed ever shows up as evidence (asserted per need above too).
    const rows = await t.graph.opportunities.nodes.getMany(t.graph.runner, [...opportunityIds]);
    expect(rows.every((o) => o?.visibility === 'PUBLIC')).toBe(true);
  });
});

describe('suggestForNeed', () => {
  it('maps bokmål free text to taxonomy topics and suggests actors that have them', async () => {
    const result = await t.gql(FOR_NEED, {
      input: { text: 'Vi trenger hjelp med havbruk og fiskeri' },
      first: 5,
      language: 'NB',
    });
    expect(result.body.errors).toBeUndefined();
    const data = result.body.data?.suggestForNeed as {
      topics: { topic: Ref; weight: number; fromText: boolean; words: string[] }[];
      suggestions: Suggestion[];
    };
    expect(data.topics.map((x) => key(x.topic.id))).toEqual(
      expect.arrayContaining(['topic:aquaculture', 'topic:fisheries']),
    );
    expect(data.topics.every((x) => x.fromText)).toBe(true);
    expect(data.topics.find((x) => key(x.topic.id) === 'topic:aquaculture')?.words).toEqual([
      'havbruk',
    ]);
    expect(data.suggestions.length).toBe(5);
    const facts = await factsOf(data.suggestions.map((s) => key(s.actor.id)));
    const wanted = new Set(data.topics.map((x) => key(x.topic.id)));
    for (const s of data.suggestions) {
      const overlap = s.reasons.find((r) => r.feature === 'TOPIC_OVERLAP');
      for (const topic of overlap?.evidence.sharedTopics ?? []) {
        expect(
          wanted.has(key(topic.id)) && facts.get(key(s.actor.id))!.topics.has(key(topic.id)),
        ).toBe(true);
      }
      const answer = s.reasons.find((r) => r.feature === 'COMPLEMENTARITY')?.evidence.answersNeed;
      if (answer) expect(answer.need).toBeNull(); // the ad-hoc need is not an Opportunity
    }
    expect(data.suggestions[0]!.reasons.some((r) => /Deler|Har kompetansen/.test(r.text))).toBe(
      true,
    );
  });

  it('takes topic ids, kinds and helices, and gives the same answer twice', async () => {
    const input = {
      topicIds: [gid('Topic', 'topic:aquaculture')],
      kinds: ['RESEARCH_GROUP', 'INSTITUTION'],
    };
    const a = await t.gql(FOR_NEED, { input, first: 10 });
    const b = await t.gql(FOR_NEED, { input, first: 10 });
    expect(a.body.errors).toBeUndefined();
    expect(JSON.stringify(b.body)).toBe(JSON.stringify(a.body));
    const data = a.body.data?.suggestForNeed as {
      topics: { fromText: boolean; weight: number }[];
      suggestions: Suggestion[];
    };
    expect(data.topics).toEqual([
      { topic: { id: gid('Topic', 'topic:aquaculture') }, weight: 1, fromText: false, words: [] },
    ]);
    const rows = await t.graph.actors.nodes.getMany(
      t.graph.runner,
      data.suggestions.map((s) => key(s.actor.id)),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(['RESEARCH_GROUP', 'INSTITUTION']).toContain(row!.kind);
  });

  it('answers an empty need with a ValidationError naming the field, and an unknown topic with a NotFoundError', async () => {
    // Text that names no topic is not an error (issue 16): without a search index to read the
    // actors' own words, it has nothing to suggest.
    const noTopics = await t.gql(FOR_NEED, { input: { text: 'noe helt annet uten fagord' } });
    expect(noTopics.body.errors).toBeUndefined();
    expect(noTopics.body.data?.suggestForNeed).toEqual({ topics: [], suggestions: [] });
    const nothing = await t.gql(FOR_NEED, { input: {} });
    expect(errorOf(nothing)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'topicIds'] }],
    });
    const unknown = await t.gql(FOR_NEED, { input: { topicIds: [gid('Topic', 'topic:nope')] } });
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
  });

  it('asks on behalf of an actor only for its representatives; the actor itself is left out', async () => {
    const input = { text: 'havbruk og sensorer', onBehalfOfActorId: gid('Actor', NTNU) };
    const visitor = await t.gql(FOR_NEED, { input });
    expect(errorOf(visitor).code).toBe('FORBIDDEN');
    const stranger = await t.gql(
      FOR_NEED,
      { input },
      await t.makeUser({ represents: ['actor:sintef'] }),
    );
    expect(errorOf(stranger).code).toBe('FORBIDDEN');
    const rep = await t.gql(
      FOR_NEED,
      { input, first: 50 },
      await t.makeUser({ represents: [NTNU] }),
    );
    expect(rep.body.errors).toBeUndefined();
    const suggestions = (rep.body.data?.suggestForNeed as { suggestions: Suggestion[] })
      .suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.some((s) => key(s.actor.id) === NTNU)).toBe(false);
  });
});

describe('assembleConsortium', () => {
  const CHALLENGE = 'opportunity:032-open-challenge-aquaculture-for-public-services';
  type Triad = {
    score: number;
    coverage: number;
    explanation: string[];
    members: { role: string; score: number; actor: { id: string; kind: string }; covers: Ref[] }[];
    covered: { topic: Ref; exact: boolean; by: Ref[] }[];
    missing: Ref[];
    pairs: {
      a: Ref;
      b: Ref;
      value: number;
      sameMunicipality: boolean;
      sharedClusters: Ref[];
      sharedProjects: Ref[];
    }[];
  };

  it('proposes up to 10 triads of a company, an R&D group and a public/support actor for a CHALLENGE', async () => {
    const result = await t.gql(CONSORTIUM, {
      opportunityId: gid('Opportunity', CHALLENGE),
      language: 'EN',
    });
    expect(result.body.errors).toBeUndefined();
    const data = result.body.data?.assembleConsortium as {
      opportunity: Ref;
      topics: Ref[];
      triads: Triad[];
    };
    expect(key(data.opportunity.id)).toBe(CHALLENGE);
    const [links] = await t.graph.opportunities.topics.outgoing(t.graph.runner, [CHALLENGE]);
    const wanted = new Set((links ?? []).map((l) => l.toKey));
    expect(new Set(data.topics.map((x) => key(x.id)))).toEqual(wanted);
    expect(data.triads.length).toBeGreaterThan(0);
    expect(data.triads.length).toBeLessThanOrEqual(10);
    const kinds = {
      COMPANY: ['COMPANY'],
      RESEARCH: ['RESEARCH_GROUP', 'INSTITUTION'],
      PUBLIC_SUPPORT: ['PUBLIC_ACTOR', 'INTERMEDIARY'],
    };
    for (const triad of data.triads) {
      expect(triad.members.map((m) => m.role)).toEqual(['COMPANY', 'RESEARCH', 'PUBLIC_SUPPORT']);
      for (const m of triad.members)
        expect(kinds[m.role as keyof typeof kinds]).toContain(m.actor.kind);
      expect(triad.coverage).toBeGreaterThanOrEqual(0);
      expect(triad.coverage).toBeLessThanOrEqual(1);
      expect(triad.covered.length + triad.missing.length).toBe(wanted.size);
      const memberIds = new Set(triad.members.map((m) => key(m.actor.id)));
      const facts = await factsOf([...memberIds]);
      for (const c of triad.covered) {
        expect(wanted.has(key(c.topic.id))).toBe(true);
        for (const by of c.by) expect(memberIds.has(key(by.id))).toBe(true);
        if (c.exact)
          expect(c.by.some((by) => facts.get(key(by.id))!.topics.has(key(c.topic.id)))).toBe(true);
      }
      for (const m of triad.members)
        for (const topic of m.covers)
          expect(facts.get(key(m.actor.id))!.topics.has(key(topic.id))).toBe(true);
      for (const p of triad.pairs) {
        const [a, b] = [facts.get(key(p.a.id))!, facts.get(key(p.b.id))!];
        for (const c of p.sharedClusters)
          expect(a.activeClusters.has(key(c.id)) && b.activeClusters.has(key(c.id))).toBe(true);
        for (const pr of p.sharedProjects)
          expect(a.projects.has(key(pr.id)) && b.projects.has(key(pr.id))).toBe(true);
      }
      expect(triad.explanation[0]).toMatch(/^Covers \d+ of \d+ topics/);
    }
    const again = await t.gql(CONSORTIUM, {
      opportunityId: gid('Opportunity', CHALLENGE),
      language: 'EN',
    });
    expect(JSON.stringify(again.body)).toBe(JSON.stringify(result.body));
  });

  it('works from topic ids too, in bokmål', async () => {
    const result = await t.gql(CONSORTIUM, {
      topicIds: [gid('Topic', 'topic:aquaculture'), gid('Topic', 'topic:sensors')],
      language: 'NB',
    });
    expect(result.body.errors).toBeUndefined();
    const data = result.body.data?.assembleConsortium as { opportunity: null; triads: Triad[] };
    expect(data.opportunity).toBeNull();
    expect(data.triads.length).toBeGreaterThan(0);
    expect(data.triads[0]!.explanation[0]).toMatch(/^Dekker \d+ av 2 tema/);
  });

  it('refuses what is not a challenge, both or neither argument, and unknown ids', async () => {
    const need = await t.gql(CONSORTIUM, {
      opportunityId: gid(
        'Opportunity',
        'opportunity:007-seeking-a-pilot-customer-for-underwater-robotics',
      ),
    });
    expect(errorOf(need)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['opportunityId'] }],
    });
    const both = await t.gql(CONSORTIUM, {
      opportunityId: gid('Opportunity', CHALLENGE),
      topicIds: [gid('Topic', 'topic:aquaculture')],
    });
    expect(errorOf(both)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['opportunityId'] }],
    });
    const neither = await t.gql(CONSORTIUM, {});
    expect(errorOf(neither).code).toBe('BAD_USER_INPUT');
    const empty = await t.gql(CONSORTIUM, { topicIds: [] });
    expect(errorOf(empty)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['topicIds'] }],
    });
    const unknown = await t.gql(CONSORTIUM, {
      opportunityId: gid('Opportunity', 'opportunity:nope'),
    });
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
    const unknownTopic = await t.gql(CONSORTIUM, { topicIds: [gid('Topic', 'topic:nope')] });
    expect(errorOf(unknownTopic).code).toBe('NOT_FOUND');
  });
});
