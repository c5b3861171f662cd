import { NodeStore } from '@kobling/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate, openTestApi, snapshot } from './testing/fixture.ts';
import type { AsUser, TestApi } from './testing/fixture.ts';

/* updateMyPerson: edit one's own person profile, or make it (unlisted) when there is none. */

let t: TestApi;

beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.close();
});

const update = (input: Record<string, unknown>, as?: AsUser) =>
  mutate(
    t,
    'updateMyPerson',
    {
      decl: '$input: UpdateMyPersonInput!',
      call: 'input: $input',
      variables: { input },
    },
    'id name title expertise listed consentAt source',
    as,
  );

const people = () => new NodeStore('Person').count(t.graph.runner);

describe('updateMyPerson', () => {
  it('creates an unlisted profile linked IS for a user without one, then edits that one', async () => {
    const me = await t.makeUser();
    const before = await people();
    const created = await update(
      { name: 'Kari Nordmann', title: 'Forsker', expertise: 'Havvind' },
      me,
    );
    expect(created.typename).toBe('MutationUpdateMyPersonSuccess');
    expect(created.data).toMatchObject({
      name: 'Kari Nordmann',
      title: 'Forsker',
      expertise: 'Havvind',
      listed: false,
      consentAt: null,
      source: 'user',
    });
    expect(await people()).toBe(before + 1);

    const { body } = await t.gql('{ viewer { user { person { id name } } } }', {}, me);
    expect(body.data?.viewer).toEqual({
      user: { person: { id: created.data?.id, name: 'Kari Nordmann' } },
    });

    const edited = await update({ name: 'Kari N.', title: '', expertise: null }, me);
    expect(edited.data).toMatchObject({
      id: created.data?.id,
      name: 'Kari N.',
      title: null,
      expertise: null,
      listed: false,
    });
    expect(await people()).toBe(before + 1);

    // Unlisted: a visitor does not see it.
    const visitor = await t.gql('query($id: ID!) { node(id: $id) { id } }', {
      id: created.data?.id,
    });
    expect(visitor.body.data?.node).toBeNull();
  });

  it('edits the linked profile of a user who is a person, keeping consent', async () => {
    const me = await t.makeUser({ personId: 'person:silje-askenes' });
    const stored = await t.graph.people.nodes.get(t.graph.runner, 'person:silje-askenes');
    const r = await update({ name: 'Silje Askenes', title: 'Seniorforsker' }, me);
    expect(r.data).toMatchObject({
      name: 'Silje Askenes',
      title: 'Seniorforsker',
      listed: stored?.listed,
    });
    const after = await t.graph.people.nodes.get(t.graph.runner, 'person:silje-askenes');
    expect(after?.title).toBe('Seniorforsker');
    expect(after?.source).toBe(stored?.source);
  });

  it('rejects an empty name on input.name and visitors, changing nothing', async () => {
    const me = await t.makeUser();
    const before = await snapshot(t.graph);
    const bad = await update({ name: '  ' }, me);
    expect(bad.typename).toBe('ValidationError');
    expect(bad.fields?.[0]?.path).toEqual(['input', 'name']);
    const visitor = await update({ name: 'Ola' });
    expect(visitor.typename).toBe('ForbiddenError');
    expect(await snapshot(t.graph)).toBe(before);
  });
});
