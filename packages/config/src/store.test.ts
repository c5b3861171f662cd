import { describe, expect, it } from 'vitest';
import { ConfigError, loadStoreConfig } from './load-config.ts';
import { describeStore } from './store.ts';

describe('loadStoreConfig', () => {
  it('defaults to the embedded store in <root>/.data/graph.lbug', () => {
    expect(loadStoreConfig({}, { root: '/repo' })).toEqual({
      engine: 'ladybug',
      dataDir: '/repo/.data',
      path: '/repo/.data/graph.lbug',
    });
  });

  it('resolves a relative KOBLING_DATA_DIR against the root and keeps an absolute one', () => {
    expect(loadStoreConfig({ KOBLING_DATA_DIR: 'tmp/x' }, { root: '/repo' })).toMatchObject({
      path: '/repo/tmp/x/graph.lbug',
    });
    expect(loadStoreConfig({ KOBLING_DATA_DIR: '/var/k' }, { root: '/repo' })).toMatchObject({
      path: '/var/k/graph.lbug',
    });
  });

  it('uses Neo4j when NEO4J_URI is set; an empty NEO4J_URI means embedded', () => {
    expect(
      loadStoreConfig({
        NEO4J_URI: 'neo4j://db:7687',
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'secret',
        NEO4J_DATABASE: 'kobling',
      }),
    ).toEqual({
      engine: 'neo4j',
      uri: 'neo4j://db:7687',
      user: 'neo4j',
      password: 'secret',
      database: 'kobling',
    });
    expect(loadStoreConfig({ NEO4J_URI: '' }, { root: '/r' }).engine).toBe('ladybug');
  });

  it('names every bad field in one error', () => {
    let error: unknown;
    try {
      loadStoreConfig({ NEO4J_URI: 'http://db', NEO4J_DATABASE: '-' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).fields).toEqual([
      'NEO4J_URI',
      'NEO4J_DATABASE',
      'NEO4J_USER',
      'NEO4J_PASSWORD',
    ]);
    expect((error as ConfigError).message).toMatch(/^Invalid store configuration: NEO4J_URI /);
  });

  it('is described for log lines without the password', () => {
    const neo4j = loadStoreConfig({
      NEO4J_URI: 'bolt://db',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'kobling',
    });
    expect(describeStore(neo4j)).toBe('Neo4j at bolt://db (database kobling)');
    expect(describeStore(loadStoreConfig({}, { root: '/repo' }))).toBe(
      'LadybugDB at /repo/.data/graph.lbug',
    );
  });
});
