import { testData } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import type { GraphModel } from './graph-model.ts';
import { lintDbSchema } from './lint-schema.ts';

const small: GraphModel = {
  nodes: [
    { label: 'A', doc: '', key: 'id', properties: { id: { type: 'STRING', doc: '' } } },
    { label: 'B', doc: '', key: 'code', properties: { code: { type: 'STRING', doc: '' } } },
  ],
  relationships: [
    {
      type: 'R',
      doc: '',
      endpoints: [
        ['A', 'B'],
        ['B', 'B'],
      ],
      properties: { id: { type: 'STRING', doc: '' }, w: { type: 'DOUBLE', doc: '' } },
    },
  ],
};

describe('lintDbSchema', () => {
  it('lists labels, types, all property keys once, parameters and one graphSchema entry per pair', () => {
    const schema = lintDbSchema(small, { q: '' });
    expect(schema.labels).toEqual(['A', 'B']);
    expect(schema.relationshipTypes).toEqual(['R']);
    expect(schema.propertyKeys).toEqual(['code', 'id', 'w']);
    expect(schema.parameters).toEqual({ q: '' });
    expect(schema.graphSchema).toEqual([
      { from: 'A', to: 'B', relType: 'R' },
      { from: 'B', to: 'B', relType: 'R' },
    ]);
    expect(schema.defaultLanguage).toBe('CYPHER 5');
  });

  it('carries Neo4j’s built-in functions and procedures', () => {
    const schema = lintDbSchema(small);
    expect(schema.functions).toBe(testData.mockSchema.functions);
    expect(schema.procedures).toBe(testData.mockSchema.procedures);
    expect(schema.functions?.['CYPHER 5']?.['toLower']).toBeDefined();
    expect(schema.parameters).toEqual({});
  });
});
