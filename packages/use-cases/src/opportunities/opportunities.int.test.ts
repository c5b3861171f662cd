import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeStore } from '@kobling/graph';
import type { Graph, NodeLabel } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import type { UseCaseDeps } from '../deps.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { VISITOR } from '../viewer.ts';
import type { Viewer } from '../viewer.ts';
import { closeOpportunity, postOpportunity } from './opportunities.ts';
import type { OpportunityPost } from './opportunities.ts';

let graph: Graph;
let deps: UseCaseDeps;
const made: { label: NodeLabel; key: string }[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  deps = { graph, now: () => Date.UTC(2026, 0, 5) };
});

afterAll(async () => {
  for (const m of made.reverse()) {
    await graph.runner.write((tx) => new NodeStore(m.label).delete(tx, m.key));
  }
  await graph.close();
});

async function newActor(): Promise<string> {
  const row = sampleRow('Actor');
  await graph.runner.write((tx) => graph.actors.nodes.create(tx, row));
  made.push({ label: 'Actor', key: row.id });
  return row.id;
}

const representativeOf = (actorId: string): Viewer => ({
  ...VISITOR,
  user: sampleRow('User'),
  roles: ['USER', 'MEMBER'],
  approvedActorIds: new Set([actorId]),
});

const NEED: OpportunityPost = {
  kind: 'NEED',
  title: 'A partner for sensor fusion',
  body: null,
  visibility: null,
  expiresAt: null,
  topicIds: [],
};

describe('opportunities', () => {
  it('posting checks the poster, the input and the topics', async () => {
    const actorId = await newActor();
    const rep = representativeOf(actorId);
    await expect(postOpportunity(deps, VISITOR, { actorId, opportunity: NEED })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(
      postOpportunity(deps, rep, { actorId, opportunity: { ...NEED, title: '' } }),
    ).rejects.toThrow(ValidationError);
    await expect(
      postOpportunity(deps, rep, { actorId, opportunity: { ...NEED, topicIds: ['topic:none'] } }),
    ).rejects.toThrow(NotFoundError);
    const posted = await postOpportunity(deps, rep, { actorId, opportunity: NEED });
    made.push({ label: 'Opportunity', key: posted.id });
    expect(posted).toMatchObject({ kind: 'NEED', status: 'OPEN', visibility: 'PUBLIC' });
  });

  it('two closes sent together: one closes it, the other is a ConflictError', async () => {
    const actorId = await newActor();
    const rep = representativeOf(actorId);
    const { id } = await postOpportunity(deps, rep, { actorId, opportunity: NEED });
    made.push({ label: 'Opportunity', key: id });
    await expect(
      closeOpportunity(deps, representativeOf(await newActor()), { id }),
    ).rejects.toThrow(ForbiddenError);
    const outcomes = await Promise.allSettled([
      closeOpportunity(deps, rep, { id }),
      closeOpportunity(deps, rep, { id }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost?.reason).toBeInstanceOf(ConflictError);
    expect((await graph.opportunities.nodes.get(graph.runner, id))?.status).toBe('CLOSED');
  });
});
