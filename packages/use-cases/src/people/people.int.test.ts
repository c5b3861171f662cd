import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeStore } from '@kobling/graph';
import type { Graph, NodeLabel, UserRow } from '@kobling/graph';
import { openTestGraph, sampleRow } from '@kobling/graph/testing';
import type { UseCaseDeps } from '../deps.ts';
import { ForbiddenError, ValidationError } from '../errors.ts';
import { VISITOR } from '../viewer.ts';
import type { Viewer } from '../viewer.ts';
import { setPersonListed, updateMyPerson } from './people.ts';

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

async function signedInUser(): Promise<{ user: UserRow; viewer: Viewer }> {
  const user = sampleRow('User', { isAdmin: false });
  await graph.runner.write((tx) => graph.accounts.users.create(tx, user));
  made.push({ label: 'User', key: user.id });
  return { user, viewer: { ...VISITOR, user, roles: ['USER'] } };
}

describe('my person profile', () => {
  it('two first submits sent together make one profile, linked to the account', async () => {
    const { user, viewer } = await signedInUser();
    const edit = { name: 'Kari Nordmann', title: '  ', expertise: 'Sensor fusion' };
    const rows = await Promise.all([
      updateMyPerson(deps, viewer, edit),
      updateMyPerson(deps, viewer, edit),
    ]);
    for (const r of rows) made.push({ label: 'Person', key: r.id });
    const [links] = await graph.accounts.person.outgoing(graph.runner, [user.id]);
    expect(links?.map((l) => l.toKey)).toEqual([rows[0]?.id]);
    expect(rows[1]?.id).toBe(rows[0]?.id);
    expect(rows[0]).toMatchObject({ name: 'Kari Nordmann', title: null, listed: false });
  });

  it('a visitor is asked to sign in; a blank name is invalid', async () => {
    const edit = { name: 'Kari Nordmann', title: null, expertise: null };
    await expect(updateMyPerson(deps, VISITOR, edit)).rejects.toThrow('Sign in to do this');
    const { viewer } = await signedInUser();
    await expect(updateMyPerson(deps, viewer, { ...edit, name: ' ' })).rejects.toThrow(
      ValidationError,
    );
  });

  it('consent to be listed: the person themself, not another user', async () => {
    const { viewer } = await signedInUser();
    const person = await updateMyPerson(deps, viewer, {
      name: 'Ola Nordmann',
      title: null,
      expertise: null,
    });
    made.push({ label: 'Person', key: person.id });
    const other = await signedInUser();
    await expect(
      setPersonListed(deps, other.viewer, { personId: person.id, listed: true }),
    ).rejects.toThrow(ForbiddenError);
    const self: Viewer = { ...viewer, personId: person.id };
    expect(await setPersonListed(deps, self, { personId: person.id, listed: true })).toMatchObject({
      listed: true,
      consentAt: NOW,
    });
  });
});
