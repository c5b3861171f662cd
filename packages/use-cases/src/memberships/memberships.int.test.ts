import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeStore } from '@kobling/graph';
import type { Graph, NodeLabel } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import type { UseCaseDeps } from '../deps.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import { VISITOR } from '../viewer.ts';
import type { Viewer } from '../viewer.ts';
import { approveMembership, removeMembership, requestMembership } from './memberships.ts';

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

async function newCluster(): Promise<string> {
  const row = sampleRow('Cluster');
  await graph.runner.write((tx) => graph.clusters.nodes.create(tx, row));
  made.push({ label: 'Cluster', key: row.id });
  return row.id;
}

const signedIn = (over: Partial<Viewer>): Viewer => ({
  ...VISITOR,
  user: sampleRow('User'),
  roles: ['USER'],
  ...over,
});

describe('cluster memberships', () => {
  it('two requests sent together: one is REQUESTED, the other a ConflictError', async () => {
    const [actorId, clusterId] = [await newActor(), await newCluster()];
    const rep = signedIn({ approvedActorIds: new Set([actorId]) });
    const outcomes = await Promise.allSettled([
      requestMembership(deps, rep, { actorId, clusterId }),
      requestMembership(deps, rep, { actorId, clusterId }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost?.reason).toBeInstanceOf(ConflictError);
    expect((await graph.clusters.membership(graph.runner, actorId, clusterId))?.status).toBe(
      'REQUESTED',
    );
  });

  it('a request is approved by a manager only, then removed; each step checks the status', async () => {
    const [actorId, clusterId] = [await newActor(), await newCluster()];
    const rep = signedIn({ approvedActorIds: new Set([actorId]) });
    const manager = signedIn({ managedClusterIds: new Set([clusterId]) });
    await expect(approveMembership(deps, manager, { actorId, clusterId })).rejects.toThrow(
      NotFoundError,
    );
    await expect(requestMembership(deps, VISITOR, { actorId, clusterId })).rejects.toThrow(
      'Sign in to do this',
    );
    await requestMembership(deps, rep, { actorId, clusterId });
    // The actor's representative passes the first check but may not approve its own request.
    await expect(approveMembership(deps, rep, { actorId, clusterId })).rejects.toThrow(
      'Only the cluster’s managers can approve a request',
    );
    await expect(removeMembership(deps, rep, { actorId, clusterId })).rejects.toThrow(
      ForbiddenError,
    );
    expect(await approveMembership(deps, manager, { actorId, clusterId })).toMatchObject({
      status: 'ACTIVE',
      role: 'MEMBER',
    });
    await removeMembership(deps, manager, { actorId, clusterId });
    await expect(removeMembership(deps, manager, { actorId, clusterId })).rejects.toThrow(
      ConflictError,
    );
  });
});
