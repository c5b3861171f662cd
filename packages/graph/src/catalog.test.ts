import { describe, expect, it } from 'vitest';
import { queryCatalog } from './catalog.ts';
import { describeCatalogLint } from './testing/lint-catalog.ts';

describe('query catalogue', () => {
  it('holds every repository, bulk and infrastructure query', () => {
    const names = new Set(queryCatalog().map((q) => q.name));
    expect(names.size).toBeGreaterThan(250);
    for (const name of [
      'actor.list',
      'Actor.create',
      'MEMBER_OF.Actor.Cluster.merge',
      'outbox.due',
      'migration.record',
      'bench.ping',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describeCatalogLint(0, 2);
