import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphModel } from './graph-model.ts';
import { model } from './model.ts';
import { modelDocPath } from './model-doc-path.ts';
import { renderModelDoc } from './model-doc.ts';

describe('renderModelDoc', () => {
  it('renders a table per label, the relationships and a Mermaid diagram', () => {
    const small: GraphModel = {
      nodes: [
        {
          label: 'A',
          doc: 'An a',
          key: 'id',
          properties: {
            id: { type: 'STRING', doc: 'Id' },
            n: { type: 'INT64', doc: 'A | B', required: true, indexed: true },
            k: { type: 'STRING', doc: 'Kind', values: ['X', 'Y_Z'] },
          },
        },
      ],
      relationships: [
        {
          type: 'R',
          doc: 'A to itself',
          endpoints: [['A', 'A']],
          properties: { w: { type: 'DOUBLE', doc: 'Weight', required: true } },
        },
      ],
    };
    const doc = renderModelDoc(small);
    expect(doc).toContain('### A\n\nAn a\n');
    expect(doc).toContain('| **id** (key) | `STRING` | yes | yes |  | Id |');
    expect(doc).toContain('| n | `INT64` | yes |  | yes | A \\| B |');
    expect(doc).toContain('| k | `STRING` |  |  |  | Kind: one of `X`, `Y_Z` |');
    expect(doc).toContain('| R | A → A | w: `DOUBLE` (required) | A to itself |');
    expect(doc).toContain('```mermaid\nflowchart LR\n  A -->|R| A\n```');
  });

  it('matches the committed docs/model.md (run `npm run generate -w @kobling/graph-schema`)', () => {
    expect(readFileSync(modelDocPath, 'utf8')).toBe(renderModelDoc(model));
  });
});
