import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeStore } from '@kobling/graph';
import type { Graph, IntroductionRow, NodeLabel } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import type { RequestIntroductionDeps } from './request.ts';
import { requestIntroduction } from './request.ts';
import { recordIntroductionOutcome, respondToIntroduction } from './answer.ts';
import { expireDueIntroductions } from './expiry.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { VISITOR } from '../viewer.ts';
import type { Viewer } from '../viewer.ts';

const T0 = Date.UTC(2026, 0, 5);
const DAY = 24 * 60 * 60 * 1000;
const EXPIRY_MS = 30 * DAY;

let graph: Graph;
const made: { label: NodeLabel; key: string }[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
});

afterAll(async () => {
  for (const m of made.reverse()) {
    await graph.runner.write((tx) => new NodeStore(m.label).delete(tx, m.key));
  }
  await graph.close();
});

function depsAt(now: number): RequestIntroductionDeps {
  return {
    graph,
    now: () => now,
    introductionExpiryMs: EXPIRY_MS,
    explainer: () => Promise.reject(new Error('no request here comes from a suggestion')),
  };
}

async function newActor(): Promise<string> {
  const row = sampleRow('Actor');
  await graph.runner.write((tx) => graph.actors.nodes.create(tx, row));
  made.push({ label: 'Actor', key: row.id });
  return row.id;
}

function representativeOf(...actorIds: string[]): Viewer {
  return {
    ...VISITOR,
    user: sampleRow('User'),
    roles: ['USER', 'MEMBER'],
    approvedActorIds: new Set(actorIds),
  };
}

/** A request from a fresh actor to another, asked at T0, with the viewers of both sides. */
async function requested(): Promise<{ id: string; asker: Viewer; receiver: Viewer }> {
  const [from, to] = [await newActor(), await newActor()];
  const asker = representativeOf(from);
  const row = await requestIntroduction(depsAt(T0), asker, {
    fromActorId: from,
    toActorId: to,
    viaActorId: null,
    aboutOpportunityId: null,
    message: 'We need a partner for sensor fusion',
    fromSuggestion: null,
  });
  made.push({ label: 'Introduction', key: row.id });
  return { id: row.id, asker, receiver: representativeOf(to) };
}

async function statusOf(id: string): Promise<string | undefined> {
  return (await graph.introductions.nodes.get(graph.runner, id))?.status;
}

describe('answering an introduction', () => {
  it('two answers sent together: exactly one stands, the other is a ConflictError', async () => {
    const { id, receiver } = await requested();
    const outcomes = await Promise.allSettled(
      [true, false].map((accept) =>
        respondToIntroduction(depsAt(T0 + DAY), receiver, { id, accept }),
      ),
    );
    const stood = outcomes.filter(
      (o): o is PromiseFulfilledResult<IntroductionRow> => o.status === 'fulfilled',
    );
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(stood).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(ConflictError);
    expect(await statusOf(id)).toBe(stood[0]?.value.status);
  });

  it('an answer racing the expiry sweep: it is either answered or expired, never both', async () => {
    for (const answerFirst of [true, false, true, false]) {
      const { id, receiver } = await requested();
      // The answer's clock is a moment before the expiry, the sweep's a moment after it.
      const answer = () =>
        respondToIntroduction(depsAt(T0 + EXPIRY_MS - 1), receiver, { id, accept: true });
      const sweep = () => expireDueIntroductions(graph, T0 + EXPIRY_MS + 1);
      const [answered, swept] = answerFirst
        ? await Promise.allSettled([answer(), sweep()])
        : await Promise.allSettled([sweep(), answer()]).then(([s, a]) => [a, s] as const);
      if (swept?.status !== 'fulfilled') throw swept?.reason;
      const expired = (swept.value as string[]).includes(id);
      if (answered?.status === 'fulfilled') {
        expect(expired).toBe(false);
        expect(await statusOf(id)).toBe('ACCEPTED');
      } else {
        expect(expired).toBe(true);
        expect(answered?.reason).toBeInstanceOf(ConflictError);
        expect(await statusOf(id)).toBe('EXPIRED');
      }
    }
  });

  it('an answer after the expiry is a ConflictError even before the sweep ran', async () => {
    const { id, receiver } = await requested();
    await expect(
      respondToIntroduction(depsAt(T0 + EXPIRY_MS), receiver, { id, accept: true }),
    ).rejects.toThrow(/expired on/);
    expect(await statusOf(id)).toBe('REQUESTED');
  });

  it('only the receiver’s representatives answer; a visitor is asked to sign in', async () => {
    const { id, asker } = await requested();
    const answerAs = (viewer: Viewer, key = id) =>
      respondToIntroduction(depsAt(T0 + DAY), viewer, { id: key, accept: true });
    await expect(answerAs(asker)).rejects.toThrow(ForbiddenError);
    await expect(answerAs(VISITOR)).rejects.toThrow('Sign in to do this');
    await expect(answerAs({ ...asker, isAdmin: true })).rejects.toThrow(ForbiddenError);
    // A missing introduction looks the same as one the viewer has no part in.
    await expect(answerAs(asker, 'no-such-introduction')).rejects.toThrow(ForbiddenError);
    expect(await statusOf(id)).toBe('REQUESTED');
  });

  it('an outcome: either side or an admin, after an accept, with a valid text', async () => {
    const { id, asker, receiver } = await requested();
    const admin: Viewer = { ...representativeOf(), isAdmin: true };
    const record = (viewer: Viewer, outcome: string, key = id) =>
      recordIntroductionOutcome(depsAt(T0 + 2 * DAY), viewer, { id: key, outcome });
    await expect(record(asker, 'MEETING')).rejects.toThrow(ConflictError);
    await respondToIntroduction(depsAt(T0 + DAY), receiver, { id, accept: true });
    await expect(record(representativeOf(), 'MEETING')).rejects.toThrow(ForbiddenError);
    await expect(record(asker, '')).rejects.toThrow(ValidationError);
    await expect(record(admin, 'MEETING', 'no-such-introduction')).rejects.toThrow(NotFoundError);
    const completed = await record(asker, 'MEETING');
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: 'MEETING' });
    expect(await statusOf(id)).toBe('COMPLETED');
  });
});

describe('requesting an introduction', () => {
  it('one open request per pair; a self-introduction is invalid; only a representative asks', async () => {
    const { id, asker } = await requested();
    const from = [...asker.approvedActorIds][0]!;
    const [to] = await graph.introductions
      .ends(graph.runner, [id])
      .then((e) => e.map((x) => x.receiver));
    const ask = (viewer: Viewer, toActorId: string) =>
      requestIntroduction(depsAt(T0 + DAY), viewer, {
        fromActorId: from,
        toActorId,
        viaActorId: null,
        aboutOpportunityId: null,
        message: null,
        fromSuggestion: null,
      });
    await expect(ask(asker, to!)).rejects.toThrow(ConflictError);
    const self = await ask(asker, from).catch((error: unknown) => error);
    expect(self).toBeInstanceOf(ValidationError);
    expect((self as InstanceType<typeof ValidationError>).issues[0]?.path).toEqual(['toActorId']);
    await expect(ask(representativeOf(), to!)).rejects.toThrow(ForbiddenError);
    await expect(ask(asker, 'actor:missing')).rejects.toThrow(NotFoundError);
  });
});
