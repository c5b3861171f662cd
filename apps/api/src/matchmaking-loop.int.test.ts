import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@kobling/config';
import { expireDueLazily } from '@kobling/use-cases';
import { startExpirySweep } from './matchmaking/expiry.ts';
import { STORED_SUGGESTION_FORMAT } from './matchmaking/stored-suggestion.ts';
import { gid, mutate, openTestApi } from './testing/fixture.ts';
import type { AsUser, TestApi } from './testing/fixture.ts';

/*
 * What matchmaking writes and what it must never read: private opportunities do not influence
 * or leak into suggestions (and are seen only by their actor's representatives); introductions
 * asked from a suggestion keep its explanation; unanswered ones expire; outcomes feed the
 * responsiveness feature. Its own store, because these tests write.
 */

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9);

let t: TestApi;
let admin: AsUser;
const clock = { now: T0 };

const SUGGEST = /* GraphQL */ `
  query Suggest($seeker: SuggestionSeekerInput!, $filters: SuggestionFilter, $language: Language) {
    suggestPartners(seeker: $seeker, filters: $filters, first: 50, language: $language) {
      actor {
        id
      }
      score
      isExistingPartner
      components {
        feature
        value
      }
      reasons {
        feature
        text
        evidence {
          introducers {
            actor {
              id
            }
          }
          answersNeed {
            need {
              id
            }
            offer {
              id
            }
          }
          needAnsweredBySeeker {
            need {
              id
            }
            offer {
              id
            }
          }
        }
      }
    }
  }
`;

type Suggestion = {
  actor: { id: string };
  score: number;
  components: { feature: string; value: number }[];
  reasons: {
    feature: string;
    text: string;
    evidence: {
      introducers: { actor: { id: string } }[];
      answersNeed: { need: { id: string } | null; offer: { id: string } | null } | null;
      needAnsweredBySeeker: { need: { id: string } | null; offer: { id: string } | null } | null;
    };
  }[];
};

const key = (globalId: string): string => {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
};

async function suggestions(actorId: string, as?: AsUser, language: 'EN' | 'NB' = 'EN') {
  const result = await t.gql(
    SUGGEST,
    { seeker: { actorId: gid('Actor', actorId) }, filters: null, language },
    as,
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data?.suggestPartners as Suggestion[];
}

async function post(actorId: string, as: AsUser, input: Record<string, unknown>): Promise<string> {
  const r = await mutate(
    t,
    'postOpportunity',
    {
      decl: '$actorId: ID!, $input: PostOpportunityInput!',
      call: 'actorId: $actorId, input: $input',
      variables: { actorId: gid('Actor', actorId), input },
    },
    'id',
    as,
  );
  expect(r.typename).toBe('MutationPostOpportunitySuccess');
  return key(String(r.data!.id));
}

async function close(opportunityId: string, as: AsUser): Promise<void> {
  const r = await mutate(
    t,
    'closeOpportunity',
    { decl: '$id: ID!', call: 'id: $id', variables: { id: gid('Opportunity', opportunityId) } },
    'id',
    as,
  );
  expect(r.typename).toBe('MutationCloseOpportunitySuccess');
}

beforeAll(async () => {
  t = await openTestApi({ settings: { now: () => clock.now } });
  admin = await t.makeUser({ isAdmin: true });
});
afterAll(async () => {
  await t.close();
});

describe('private opportunities', () => {
  const SEEKER = 'actor:ntnu';

  it('never change a seeker’s suggestions, not even for its own representatives; public ones do', async () => {
    const rep = await t.makeUser({ represents: [SEEKER] });
    const before = JSON.stringify(await suggestions(SEEKER));
    expect(JSON.stringify(await suggestions(SEEKER, rep))).toBe(before);

    // A private need on a topic many candidates have: it must not count.
    const topics = [gid('Topic', 'topic:aquaculture'), gid('Topic', 'topic:sensors')];
    const secret = await post(SEEKER, rep, {
      kind: 'NEED',
      title: 'Secret sensor need',
      visibility: 'PRIVATE',
      topics,
    });
    expect(JSON.stringify(await suggestions(SEEKER))).toBe(before);
    expect(JSON.stringify(await suggestions(SEEKER, rep))).toBe(before);

    // The same need posted publicly does change them (the check above can fail).
    const open = await post(SEEKER, rep, { kind: 'NEED', title: 'Public sensor need', topics });
    const changed = await suggestions(SEEKER);
    expect(JSON.stringify(changed)).not.toBe(before);
    expect(
      changed.some((s) =>
        s.reasons.some((r) => r.evidence.answersNeed?.need?.id === gid('Opportunity', open)),
      ),
    ).toBe(true);
    expect(JSON.stringify(changed)).not.toContain(gid('Opportunity', secret));
    expect(JSON.stringify(changed)).not.toContain('Secret sensor need');

    await close(open, rep);
    await close(secret, rep);
    expect(JSON.stringify(await suggestions(SEEKER))).toBe(before);
  });

  it('of a candidate never change or show up in suggestions for others', async () => {
    const before = await suggestions(SEEKER);
    const candidate = key(before[0]!.actor.id);
    const rep = await t.makeUser({ represents: [candidate] });
    const [seekerTopics] = await t.graph.actors.topics.outgoing(t.graph.runner, [SEEKER]);
    const topics = (seekerTopics ?? []).slice(0, 5).map((l) => gid('Topic', l.toKey));
    const secret = await post(candidate, rep, {
      kind: 'NEED',
      title: 'Candidate secret need',
      visibility: 'PRIVATE',
      topics,
    });
    const offer = await post(candidate, rep, {
      kind: 'OFFER',
      title: 'Candidate secret offer',
      visibility: 'PRIVATE',
      topics,
    });
    const after = await suggestions(SEEKER, rep);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect(JSON.stringify(after)).not.toContain('Candidate secret');
    await close(secret, rep);
    await close(offer, rep);
  });

  it('are seen only by their actor’s representatives and admins, through every field', async () => {
    const PRIVATE_NEED = 'opportunity:008-seeking-a-pilot-customer-for-fisheries';
    const [posters] = await t.graph.opportunities.postedBy.incoming(t.graph.runner, [PRIVATE_NEED]);
    const poster = posters![0]!.fromKey;
    const viewers = {
      visitor: { user: null, token: null } as AsUser,
      user: await t.makeUser(),
      otherRep: await t.makeUser({ represents: ['actor:sintef'] }),
      rep: await t.makeUser({ represents: [poster] }),
      admin,
    };
    const query = /* GraphQL */ `
      query Private($actorId: ID!, $id: ID!) {
        actor(id: $actorId) {
          opportunities {
            id
            visibility
          }
        }
        node(id: $id) {
          id
          ... on Opportunity {
            title
            visibility
          }
        }
        opportunities(first: 100, filter: { postedBy: [$actorId] }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `;
    const sees: Record<string, boolean[]> = {};
    for (const [name, as] of Object.entries(viewers)) {
      const r = await t.gql(
        query,
        { actorId: gid('Actor', poster), id: gid('Opportunity', PRIVATE_NEED) },
        as,
      );
      expect(r.body.errors).toBeUndefined();
      const data = r.body.data as {
        actor: { opportunities: { id: string }[] };
        node: { id: string } | null;
        opportunities: { edges: { node: { id: string } }[] };
      };
      const id = gid('Opportunity', PRIVATE_NEED);
      sees[name] = [
        data.actor.opportunities.some((o) => o.id === id),
        data.node?.id === id,
        data.opportunities.edges.some((e) => e.node.id === id),
      ];
    }
    expect(sees).toEqual({
      visitor: [false, false, false],
      user: [false, false, false],
      otherRep: [false, false, false],
      rep: [true, true, true],
      // Admins see any one by id and in the actor's list; the connection shows them what the public sees.
      admin: [true, true, false],
    });
  });
});

const REQUEST = /* GraphQL */ `
  mutation Request($input: RequestIntroductionInput!, $language: Language) {
    result: requestIntroduction(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on MutationRequestIntroductionSuccess {
        data {
          id
          status
          score
          expiresAt
          via {
            id
          }
          about {
            id
          }
          suggestion(language: $language) {
            score
            quadrant
            components {
              feature
              value
            }
            reasons {
              feature
              text
            }
          }
        }
      }
    }
  }
`;

type Requested = {
  id: string;
  status: string;
  score: number | null;
  expiresAt: string;
  via: { id: string } | null;
  about: { id: string } | null;
  suggestion: {
    score: number;
    quadrant: string;
    components: { feature: string; value: number }[];
    reasons: { feature: string; text: string }[];
  } | null;
};

async function request(input: Record<string, unknown>, as: AsUser, language: 'EN' | 'NB' = 'EN') {
  const r = await t.gql(REQUEST, { input, language }, as);
  expect(r.body.errors).toBeUndefined();
  const result = r.body.data?.result as { __typename: string; message?: string; data?: Requested };
  return result;
}

async function introductionStatus(id: string, as: AsUser): Promise<string | undefined> {
  const r = await t.gql(
    'query($id: ID!) { node(id: $id) { ... on Introduction { status } } }',
    { id },
    as,
  );
  return (r.body.data?.node as { status?: string } | null)?.status;
}

describe('introductions asked from a suggestion', () => {
  it('keep the suggestion’s score and explanation, with the introducer (via) and the opportunity (about)', async () => {
    // A seeker whose suggestions include a warm path.
    const ids = await t.graph.actors.nodes.keysAfter(t.graph.runner, '', 1000);
    let found: { seeker: string; s: Suggestion; via: string } | null = null;
    for (const seeker of ids) {
      const [projects] = await t.graph.actors.participations.outgoing(t.graph.runner, [seeker]);
      if ((projects ?? []).length === 0) continue;
      for (const s of await suggestions(seeker)) {
        const via = s.reasons.find((r) => r.feature === 'WARM_PATH')?.evidence.introducers[0]?.actor
          .id;
        if (via) {
          found = { seeker, s, via };
          break;
        }
      }
      if (found) break;
    }
    expect(found).not.toBeNull();
    const { seeker, s, via } = found!;
    const receiver = key(s.actor.id);
    const rep = await t.makeUser({ represents: [seeker] });
    const [postings] = await t.graph.actors.postings.outgoing(t.graph.runner, [receiver]);
    const opportunities = await t.graph.opportunities.nodes.getMany(
      t.graph.runner,
      (postings ?? []).map((p) => p.toKey),
    );
    const about =
      opportunities.find((o) => o?.visibility === 'PUBLIC')?.id ??
      'opportunity:007-seeking-a-pilot-customer-for-underwater-robotics';

    const result = await request(
      {
        fromActorId: gid('Actor', seeker),
        toActorId: s.actor.id,
        viaActorId: via,
        aboutOpportunityId: gid('Opportunity', about),
        message: 'Hei! Vi så forslaget.',
        fromSuggestion: {},
      },
      rep,
    );
    expect(result.__typename).toBe('MutationRequestIntroductionSuccess');
    const intro = result.data!;
    expect(intro.status).toBe('REQUESTED');
    expect(intro.score).toBe(s.score);
    expect(intro.via?.id).toBe(via);
    expect(intro.about?.id).toBe(gid('Opportunity', about));
    expect(intro.suggestion?.score).toBe(s.score);
    expect(intro.suggestion?.reasons.map((r) => r.text)).toEqual(s.reasons.map((r) => r.text));
    expect(intro.suggestion?.components).toEqual(s.components);

    const row = await t.graph.introductions.nodes.get(t.graph.runner, key(intro.id));
    const stored = JSON.parse(row!.explanation!) as {
      format: string;
      seeker: { type: string; actorId: string };
      candidateId: string;
    };
    expect(stored).toMatchObject({
      format: STORED_SUGGESTION_FORMAT,
      seeker: { type: 'ACTOR', actorId: seeker },
      candidateId: receiver,
    });
    const [ends] = await t.graph.introductions.ends(t.graph.runner, [key(intro.id)]);
    expect(ends).toEqual({ requester: seeker, receiver, via: key(via), about });

    // The receiver reads it in bokmål.
    const receiverRep = await t.makeUser({ represents: [receiver] });
    const nb = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on Introduction { suggestion(language: NB) { reasons { text } } } } }',
      { id: intro.id },
      receiverRep,
    );
    const nbTexts = (
      nb.body.data?.node as { suggestion: { reasons: { text: string }[] } }
    ).suggestion.reasons.map((r) => r.text);
    const expectedNb = (await suggestions(seeker, undefined, 'NB'))
      .find((x) => x.actor.id === s.actor.id)!
      .reasons.map((r) => r.text);
    expect(nbTexts).toEqual(expectedNb);
  });

  it('from a need keeps the need-based explanation; without fromSuggestion nothing is kept', async () => {
    const from = 'actor:sintef';
    const rep = await t.makeUser({ represents: [from] });
    const withNeed = await request(
      {
        fromActorId: gid('Actor', from),
        toActorId: gid('Actor', 'actor:ntnu'),
        fromSuggestion: { needText: 'havbruk og fiskeri' },
      },
      rep,
    );
    expect(withNeed.__typename).toBe('MutationRequestIntroductionSuccess');
    const row = await t.graph.introductions.nodes.get(t.graph.runner, key(withNeed.data!.id));
    expect(JSON.parse(row!.explanation!)).toMatchObject({
      seeker: {
        type: 'NEED',
        actorId: from,
        topicIds: expect.arrayContaining(['topic:aquaculture']),
      },
    });
    expect(withNeed.data!.score).toBeGreaterThan(0);

    const plain = await request(
      { fromActorId: gid('Actor', from), toActorId: gid('Actor', 'actor:sintef-ocean') },
      rep,
    );
    expect(plain.__typename).toBe('MutationRequestIntroductionSuccess');
    expect(plain.data!.score).toBeNull();
    expect(plain.data!.suggestion).toBeNull();
  });
});

describe('expiry', () => {
  it('is INTRODUCTION_EXPIRY_DAYS (default 14) after the request', () => {
    expect(loadConfig({}).api.introductionExpiryDays).toBe(14);
    expect(loadConfig({ INTRODUCTION_EXPIRY_DAYS: '3' }).api.introductionExpiryDays).toBe(3);
  });

  it('marks an unanswered request EXPIRED when read after its expiry, and it can no longer be accepted', async () => {
    const from = 'actor:sintef-ocean';
    const to = 'actor:ntnu';
    const rep = await t.makeUser({ represents: [from] });
    const receiverRep = await t.makeUser({ represents: [to] });
    clock.now = T0;
    const asked = await request(
      { fromActorId: gid('Actor', from), toActorId: gid('Actor', to) },
      rep,
    );
    expect(asked.__typename).toBe('MutationRequestIntroductionSuccess');
    expect(Date.parse(asked.data!.expiresAt)).toBe(T0 + 14 * DAY);

    clock.now = T0 + 14 * DAY - 1;
    expect(await introductionStatus(asked.data!.id, rep)).toBe('REQUESTED');
    clock.now = T0 + 14 * DAY;
    expect(await introductionStatus(asked.data!.id, rep)).toBe('EXPIRED');
    const answer = await mutate(
      t,
      'respondToIntroduction',
      { decl: '$id: ID!', call: 'id: $id, accept: true', variables: { id: asked.data!.id } },
      'id',
      receiverRep,
    );
    expect(answer.typename).toBe('ConflictError');

    // The introductions list expires lazily too.
    clock.now = T0 + 20 * DAY;
    const again = await request(
      { fromActorId: gid('Actor', from), toActorId: gid('Actor', to) },
      rep,
    );
    clock.now = T0 + 40 * DAY;
    const list = await t.gql(
      '{ introductions(first: 50) { edges { node { id status } } } }',
      {},
      rep,
    );
    const edges = (
      list.body.data?.introductions as { edges: { node: { id: string; status: string } }[] }
    ).edges;
    expect(edges.find((e) => e.node.id === again.data!.id)?.node.status).toBe('EXPIRED');
    clock.now = T0;
  });

  it('uses the configured expiry, and the server sweep marks due requests without any read', async () => {
    const { openTestApi: open } = await import('./testing/fixture.ts');
    const days = loadConfig({ INTRODUCTION_EXPIRY_DAYS: '3' }).api.introductionExpiryDays;
    const short = await open({
      graph: t.graph,
      settings: { now: () => T0 + 100 * DAY, introductionExpiryMs: days * DAY },
    });
    const from = 'actor:sintef';
    const rep = await short.makeUser({ represents: [from] });
    const r = await short.gql(
      REQUEST,
      {
        input: {
          fromActorId: gid('Actor', from),
          toActorId: gid('Actor', 'actor:nordic-semiconductor'),
        },
      },
      rep,
    );
    const intro = (r.body.data?.result as { data: Requested }).data;
    expect(Date.parse(intro.expiresAt)).toBe(T0 + 103 * DAY);

    const stop = startExpirySweep(t.graph, { now: () => T0 + 103 * DAY, intervalMs: 60_000 });
    try {
      await expect
        .poll(
          async () =>
            (await t.graph.introductions.nodes.get(t.graph.runner, key(intro.id)))?.status,
        )
        .toBe('EXPIRED');
    } finally {
      stop();
    }
    await short.close();
  });

  it('runs the lazy check at most once a minute of the API clock', async () => {
    const row = async (id: string) =>
      (await t.graph.introductions.nodes.get(t.graph.runner, id))?.status;
    const from = 'actor:nordic-semiconductor';
    const rep = await t.makeUser({ represents: [from] });
    clock.now = T0 + 200 * DAY;
    const asked = await request(
      { fromActorId: gid('Actor', from), toActorId: gid('Actor', 'actor:sintef') },
      rep,
    );
    const id = key(asked.data!.id);
    await expireDueLazily(t.graph, T0 + 214 * DAY - 1); // runs: nothing due yet
    await expireDueLazily(t.graph, T0 + 214 * DAY + 30_000); // within a minute: skipped
    expect(await row(id)).toBe('REQUESTED');
    await expireDueLazily(t.graph, T0 + 214 * DAY + 61_000);
    expect(await row(id)).toBe('EXPIRED');
    clock.now = T0;
  });
});

describe('responsiveness', () => {
  it('an actor with many declined and expired introductions ranks below an otherwise identical one', async () => {
    const create = async (name: string) => {
      const r = await mutate(
        t,
        'createActor',
        {
          decl: '$input: CreateActorInput!',
          call: 'input: $input',
          variables: { input: { kind: 'COMPANY', name, municipalityCode: '5001' } },
        },
        'id',
        admin,
      );
      expect(r.typename).toBe('MutationCreateActorSuccess');
      const id = key(String(r.data!.id));
      const topics = [
        { topic: gid('Topic', 'topic:aquaculture'), weight: 1 },
        { topic: gid('Topic', 'topic:sensors'), weight: 0.8 },
      ];
      const set = await mutate(
        t,
        'setActorTopics',
        {
          decl: '$actorId: ID!, $topics: [TopicWeightInput!]!',
          call: 'actorId: $actorId, topics: $topics',
          variables: { actorId: gid('Actor', id), topics },
        },
        'id',
        admin,
      );
      expect(set.typename).toBe('MutationSetActorTopicsSuccess');
      return id;
    };
    const seeker = await create('Responsiveness Seeker AS');
    const unresponsive = await create('Sen Svar AS');
    const responsive = await create('Rask Svar AS');
    const receiverRep = await t.makeUser({ represents: [unresponsive] });
    const askers = ['actor:sintef', 'actor:ntnu', 'actor:sintef-ocean'];
    clock.now = T0 + 300 * DAY;
    for (const asker of askers) {
      const asked = await request(
        { fromActorId: gid('Actor', asker), toActorId: gid('Actor', unresponsive) },
        admin,
      );
      const declined = await mutate(
        t,
        'respondToIntroduction',
        { decl: '$id: ID!', call: 'id: $id, accept: false', variables: { id: asked.data!.id } },
        'status',
        receiverRep,
      );
      expect(declined.data).toEqual({ status: 'DECLINED' });
    }
    for (const asker of askers.slice(0, 2)) {
      await request(
        { fromActorId: gid('Actor', asker), toActorId: gid('Actor', unresponsive) },
        admin,
      );
    }
    clock.now = T0 + 330 * DAY; // the two unanswered requests are now past their expiry

    const ranked = await suggestions(seeker);
    const at = (id: string) => ranked.findIndex((s) => key(s.actor.id) === id);
    const [low, high] = [ranked[at(unresponsive)]!, ranked[at(responsive)]!];
    expect(at(responsive)).toBeGreaterThanOrEqual(0);
    expect(at(unresponsive)).toBeGreaterThan(at(responsive));
    expect(low.score).toBeLessThan(high.score);
    const value = (s: Suggestion, f: string) => s.components.find((c) => c.feature === f)!.value;
    expect(value(high, 'RESPONSIVENESS')).toBe(0.5);
    expect(value(low, 'RESPONSIVENESS')).toBeCloseTo(1 / 7, 10); // (0 + 1) / (5 answered + 2)
    for (const f of [
      'TOPIC_OVERLAP',
      'COMPLEMENTARITY',
      'PROXIMITY',
      'WARM_PATH',
      'LOCALITY',
      'TRACK_RECORD',
    ]) {
      expect(value(low, f)).toBe(value(high, f));
    }
    const statuses = await t.graph.introductions.outcomeCounts(t.graph.runner, [unresponsive]);
    expect(statuses.get(unresponsive)).toEqual({ DECLINED: 3, EXPIRED: 2 });
    clock.now = T0;
  });
});
