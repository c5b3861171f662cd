import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeStore } from '@kobling/graph';
import type { Graph, NodeLabel } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import type { UseCaseDeps } from '../deps.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { VISITOR } from '../viewer.ts';
import type { Viewer } from '../viewer.ts';
import { addMilestone, createTechnology, linkTechnologyActor } from './technologies.ts';

const NOW = Date.UTC(2026, 0, 5);
let graph: Graph;
let deps: UseCaseDeps;
const made: { label: NodeLabel; key: string }[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  deps = { graph, now: () => NOW };
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

const representativeOf = (...actorIds: string[]): Viewer => ({
  ...VISITOR,
  user: sampleRow('User'),
  roles: ['USER', 'MEMBER'],
  approvedActorIds: new Set(actorIds),
});

let registrations = 0;

/** A technology registered at a fresh origin actor by its representative. */
async function registered(): Promise<{ id: string; steward: Viewer }> {
  registrations += 1;
  const origin = await newActor();
  const steward = representativeOf(origin);
  const row = await createTechnology(deps, steward, {
    originActorId: origin,
    fields: { title: `Self-healing coating ${registrations}`, trl: 3 },
  });
  made.push({ label: 'Technology', key: row.id });
  const [history] = await graph.technologies.history(graph.runner, [row.id]);
  for (const m of history ?? []) made.push({ label: 'Milestone', key: m.id });
  return { id: row.id, steward };
}

describe('technologies', () => {
  it('two DROPPED milestones sent together: one is recorded, the other is invalid', async () => {
    const { id, steward } = await registered();
    const drop = () =>
      addMilestone(deps, steward, {
        technologyId: id,
        milestone: { stage: 'DROPPED', trl: 3, at: NOW },
      });
    const outcomes = await Promise.allSettled([drop(), drop()]);
    const [history] = await graph.technologies.history(graph.runner, [id]);
    for (const m of history ?? []) made.push({ label: 'Milestone', key: m.id });
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost?.reason).toBeInstanceOf(ValidationError);
    expect((history ?? []).filter((m) => m.stage === 'DROPPED')).toHaveLength(1);
  });

  it('only stewards and admins change a technology; only an admin learns one is missing', async () => {
    const { id } = await registered();
    const stranger = representativeOf(await newActor());
    const admin: Viewer = { ...representativeOf(), isAdmin: true };
    const company = await newActor();
    const link = (viewer: Viewer, technologyId = id) =>
      linkTechnologyActor(deps, viewer, { technologyId, actorId: company, relation: 'COMPANY' });
    await expect(link(stranger)).rejects.toThrow(ForbiddenError);
    await expect(link(stranger, 'technology:missing')).rejects.toThrow(ForbiddenError);
    await expect(link(admin, 'technology:missing')).rejects.toThrow(NotFoundError);
    await link(admin);
    // The company's representatives now steward it too.
    const milestone = await addMilestone(deps, representativeOf(company), {
      technologyId: id,
      milestone: { stage: 'LICENSING', trl: 5, at: NOW },
    });
    expect(milestone).toMatchObject({ stage: 'LICENSING', trl: 5 });
    const [history] = await graph.technologies.history(graph.runner, [id]);
    for (const m of history ?? []) made.push({ label: 'Milestone', key: m.id });
    await expect(
      createTechnology(deps, stranger, { originActorId: null, fields: { title: 'X', trl: 1 } }),
    ).rejects.toThrow(ForbiddenError);
  });
});
