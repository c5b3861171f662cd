import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.ts';
import { gid } from '../testing/fixture.ts';
import { requestGenerator, rootFieldNames } from './generator.ts';
import type { FuzzRequest } from './generator.ts';
import { nodeTypeNames } from './pool.ts';
import type { EntityPool } from './pool.ts';

/** A small pool in the shape the store gives, so the generator runs without one. */
function pool(): EntityPool {
  const keys = new Map(
    nodeTypeNames(schema).map((t) => [t, [`${t.toLowerCase()}:a`, `${t.toLowerCase()}:b`]]),
  );
  return {
    keys,
    ids: new Map([...keys].map(([t, ks]) => [t, ks.map((k) => gid(t, k))])),
    slugs: ['ntnu', 'sintef'],
    municipalityCodes: ['5001', '5028'],
    orgNumbers: ['974767880'],
    emails: ['user1@example.test'],
  };
}

const take = (seed: number, n: number): FuzzRequest[] => {
  const next = requestGenerator(schema, pool(), seed);
  return Array.from({ length: n }, () => next());
};

describe('the request generator', () => {
  it('gives the same requests for the same seed, other ones for another seed', () => {
    expect(take(7, 200)).toEqual(take(7, 200));
    expect(JSON.stringify(take(8, 50))).not.toBe(JSON.stringify(take(7, 50)));
  });

  it('targets every query and mutation field within the first 300 requests', () => {
    const targets = new Set(take(1, 300).map((r) => r.target));
    expect(rootFieldNames(schema).filter((f) => !targets.has(f))).toEqual([]);
  });

  it('mixes every strategy, caller and way of signing in', () => {
    const requests = take(1, 1_000);
    const families = new Set(requests.map((r) => r.strategy.split(/[/+]/u).slice(0, 2).join('/')));
    expect([...families].sort()).toEqual(
      expect.arrayContaining([
        'document/huge',
        'document/operation-names',
        'document/syntax',
        'envelope',
        'field/bad-ids',
        'field/chaos',
        'field/one-bad',
        'field/plausible',
        'selection/aliases',
        'selection/deep',
        'selection/directives',
        'selection/fragments',
        'selection/introspection',
        'selection/wide',
      ]),
    );
    expect(new Set(requests.map((r) => `${r.caller}/${r.auth}`)).size).toBe(6);
    expect(requests.some((r) => r.mutation)).toBe(true);
  });
});
