import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryDb } from './test-ladybug.ts';
import { openMemoryDb } from './test-ladybug.ts';
import type { GraphModel } from './graph-model.ts';
import { ladybugSchemaStatements } from './ladybug-schema.ts';
import { model } from './model.ts';

// table_info reports BOOLEAN columns under their internal name.
const reported = (type: unknown): unknown => (type === 'BOOL' ? 'BOOLEAN' : type);

describe('ladybugSchemaStatements', () => {
  let db: MemoryDb;
  beforeEach(() => {
    db = openMemoryDb();
  });
  afterEach(async () => {
    await db.close();
  });

  it('renders node tables with a primary key, then rel tables joining every label pair', () => {
    const small: GraphModel = {
      nodes: [
        {
          label: 'A',
          doc: '',
          key: 'code',
          properties: {
            code: { type: 'STRING', doc: '' },
            n: { type: 'INT64', doc: '' },
            x: { type: 'DOUBLE', doc: '' },
            ok: { type: 'BOOLEAN', doc: '' },
            tags: { type: 'STRING[]', doc: '' },
          },
        },
        { label: 'B', doc: '', key: 'id', properties: { id: { type: 'STRING', doc: '' } } },
      ],
      relationships: [
        {
          type: 'R',
          doc: '',
          endpoints: [
            ['A', 'B'],
            ['B', 'B'],
          ],
          properties: { w: { type: 'DOUBLE', doc: '' } },
        },
      ],
    };
    expect(ladybugSchemaStatements(small)).toEqual([
      'CREATE NODE TABLE IF NOT EXISTS A(code STRING, n INT64, x DOUBLE, ok BOOLEAN, tags STRING[], PRIMARY KEY(code))',
      'CREATE NODE TABLE IF NOT EXISTS B(id STRING, PRIMARY KEY(id))',
      'CREATE REL TABLE IF NOT EXISTS R(FROM A TO B, FROM B TO B, w DOUBLE)',
    ]);
    expect(() =>
      ladybugSchemaStatements({
        nodes: small.nodes,
        relationships: [{ type: 'S', doc: '', endpoints: [['A', 'C']], properties: {} }],
      }),
    ).toThrow(/unknown label C/);
  });

  it('executes on LadybugDB, twice, and yields exactly the model’s tables and columns', async () => {
    for (let round = 0; round < 2; round++) {
      for (const statement of ladybugSchemaStatements(model)) await db.all(statement);
    }

    const tables = await db.all('CALL show_tables() RETURN name, type');
    expect(tables.filter((t) => t.type === 'NODE').map((t) => t.name)).toEqual(
      expect.arrayContaining(model.nodes.map((n) => n.label)),
    );
    expect(tables).toHaveLength(model.nodes.length + model.relationships.length);

    for (const node of model.nodes) {
      const info = await db.all(`CALL table_info('${node.label}') RETURN *`);
      expect(info.map((c) => [c.name, reported(c.type), c['primary key']])).toEqual(
        Object.entries(node.properties).map(([name, p]) => [name, p.type, name === node.key]),
      );
    }
    for (const rel of model.relationships) {
      const info = await db.all(`CALL table_info('${rel.type}') RETURN *`);
      expect(info.map((c) => [c.name, reported(c.type)])).toEqual(
        Object.entries(rel.properties).map(([name, p]) => [name, p.type]),
      );
      const ends = await db.all(`CALL show_connection('${rel.type}') RETURN *`);
      expect(ends.map((e) => [e['source table name'], e['destination table name']])).toEqual(
        rel.endpoints.map(([from, to]) => [from, to]),
      );
    }
  });
});
