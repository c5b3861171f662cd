import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi } from './testing/fixture.ts';
import type { TestApi } from './testing/fixture.ts';

/* source and sourceRef on Person, Technology and Opportunity say what the store says. */

let t: TestApi;

beforeAll(async () => {
  t = await openTestApi();
});
afterAll(async () => {
  await t.close();
});

type Row = { id: string; source: string; sourceRef: string | null };

async function listed(field: string): Promise<Row[]> {
  const { body } = await t.gql(
    `{ ${field}(first: 50) { edges { node { id source sourceRef } } } }`,
    {},
    await t.makeUser({ isAdmin: true }),
  );
  expect(body.errors).toBeUndefined();
  return (body.data?.[field] as { edges: { node: Row }[] }).edges.map((e) => e.node);
}

function rawId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

describe('provenance fields', () => {
  it.each([
    ['people', (id: string) => t.graph.people.nodes.get(t.graph.runner, id)],
    ['technologies', (id: string) => t.graph.technologies.nodes.get(t.graph.runner, id)],
    ['opportunities', (id: string) => t.graph.opportunities.nodes.get(t.graph.runner, id)],
  ] as const)('%s carry the stored source and sourceRef', async (field, stored) => {
    const rows = await listed(field);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const r = await stored(rawId(row.id));
      expect({ source: row.source, sourceRef: row.sourceRef }).toEqual({
        source: r?.source,
        sourceRef: r?.sourceRef,
      });
    }
    // The seed marks its illustrative rows; the site's badge relies on seeing them.
    expect(rows.some((r) => r.source === 'synthetic')).toBe(true);
  });
});
