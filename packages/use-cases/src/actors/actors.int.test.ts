import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeStore } from '@kobling/graph';
import type { Graph, NodeLabel } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import type { UseCaseDeps } from '../deps.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../errors.ts';
import { VISITOR } from '../viewer.ts';
import type { Viewer } from '../viewer.ts';
import { createActor, updateActor } from './actors.ts';
import { approveRepresentation, claimActor } from './representation.ts';

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

async function signedIn(isAdmin = false): Promise<Viewer> {
  const user = sampleRow('User', { isAdmin });
  await graph.runner.write((tx) => graph.accounts.users.create(tx, user));
  made.push({ label: 'User', key: user.id });
  return { ...VISITOR, user, isAdmin, roles: isAdmin ? ['USER', 'ADMIN'] : ['USER'] };
}

async function created(viewer: Viewer, name: string): Promise<string> {
  const row = await createActor(deps, viewer, { fields: { kind: 'COMPANY', name } });
  made.push({ label: 'Actor', key: row.id });
  return row.id;
}

describe('actors', () => {
  it('two edits of different fields sent together both stand', async () => {
    const admin = await signedIn(true);
    const id = await created(admin, 'Fjordsensor AS');
    await Promise.all([
      updateActor(deps, admin, { id, changes: { description: 'Sensors for fish farms' } }),
      updateActor(deps, admin, { id, changes: { website: 'https://fjordsensor.example' } }),
    ]);
    const row = await graph.actors.nodes.get(graph.runner, id);
    expect(row).toMatchObject({
      description: 'Sensors for fish farms',
      website: 'https://fjordsensor.example',
    });
    expect(row?.editedFields).toEqual(['description', 'website']);
  });

  it('only a representative or an admin edits; an edit is checked as a whole', async () => {
    const creator = await signedIn();
    const id = await created(creator, 'Havbruk Analyse AS');
    // The creator's claim is not approved yet.
    await expect(updateActor(deps, creator, { id, changes: { name: 'X' } })).rejects.toThrow(
      ForbiddenError,
    );
    const rep: Viewer = { ...creator, approvedActorIds: new Set([id]) };
    const invalid = await updateActor(deps, rep, {
      id,
      changes: { kind: 'INSTITUTION', stage: 'SEED' },
    })
      .then(() => null)
      .catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ValidationError);
  });

  it('two claims sent together: one CLAIMED, one ConflictError; an admin approves it', async () => {
    const admin = await signedIn(true);
    const id = await created(admin, 'Trondheim Robotikk AS');
    const user = await signedIn();
    const outcomes = await Promise.allSettled([
      claimActor(deps, user, { actorId: id, role: 'CEO' }),
      claimActor(deps, user, { actorId: id, role: 'CTO' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost?.reason).toBeInstanceOf(ConflictError);
    const ids = { userId: user.user!.id, actorId: id };
    await expect(approveRepresentation(deps, user, ids)).rejects.toThrow(ForbiddenError);
    expect(await approveRepresentation(deps, admin, ids)).toMatchObject({ status: 'APPROVED' });
    await expect(approveRepresentation(deps, admin, ids)).rejects.toThrow(ConflictError);
  });
});
