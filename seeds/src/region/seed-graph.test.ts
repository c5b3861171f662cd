import { describe, expect, it } from 'vitest';
import { model } from '@kobling/graph-schema';
import { actorRow, topicRow } from './rows.ts';
import { ref, rel, validateSeedGraph, type Row, type SeedGraph } from './seed-graph.ts';

const actor = (id: string, extra: Row = {}): Row => ({
  ...actorRow({
    id,
    kind: 'COMPANY',
    helix: 'INDUSTRY',
    name: id,
    slug: id,
    source: 'synthetic',
    sourceRef: '',
  }),
  ...extra,
});
const topic = (slug: string): Row =>
  topicRow({
    id: `topic:${slug}`,
    slug,
    name: slug,
    nameNb: slug,
    synonyms: [],
    source: 'seed',
    sourceRef: 'kobling:taxonomy',
  });

const graph = (
  nodes: SeedGraph['nodes'],
  relationships: SeedGraph['relationships'] = [],
): SeedGraph => ({
  nodes,
  relationships,
});

describe('validateSeedGraph', () => {
  it('accepts a small valid graph', () => {
    const g = graph({ Actor: [actor('a'), actor('b')], Topic: [topic('x')] }, [
      rel('HAS_TOPIC', ref('Actor', 'a'), ref('Topic', 'topic:x'), { weight: 0.5 }),
      rel('PART_OF', ref('Actor', 'a'), ref('Actor', 'b')),
    ]);
    expect(validateSeedGraph(g, model)).toEqual([]);
  });

  it('reports undeclared, missing, null-required and mistyped properties', () => {
    const bad = actor('a', { colour: 'red', name: null, employees: 1.5 });
    delete bad.website;
    const errors = validateSeedGraph(graph({ Actor: [bad] }), model);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('property colour is not in the model'),
        expect.stringContaining('required property name is null'),
        expect.stringContaining('property employees: expected an integer'),
        expect.stringContaining('property website is missing'),
      ]),
    );
  });

  it('reports duplicate keys and duplicate unique values', () => {
    const errors = validateSeedGraph(
      graph({ Actor: [actor('a'), actor('a', { slug: 'other' }), actor('c', { slug: 'a' })] }),
      model,
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('duplicate key'),
        expect.stringContaining('duplicate slug a'),
      ]),
    );
  });

  it('reports unknown labels and types, bad endpoints, dangling ends and relationship properties', () => {
    const errors = validateSeedGraph(
      graph({ Actor: [actor('a')], Topic: [topic('x')], Gadget: [] }, [
        rel('LIKES', ref('Actor', 'a'), ref('Actor', 'a')),
        rel('BROADER', ref('Actor', 'a'), ref('Topic', 'topic:x')),
        rel('PART_OF', ref('Actor', 'a'), ref('Actor', 'nobody')),
        rel('HAS_TOPIC', ref('Actor', 'a'), ref('Topic', 'topic:x'), {}),
        rel('HAS_TOPIC', ref('Actor', 'a'), ref('Topic', 'topic:x'), { weight: 1 }),
      ]),
      model,
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'unknown label Gadget',
        expect.stringContaining('unknown relationship type'),
        expect.stringContaining('does not allow these endpoints'),
        expect.stringContaining('no such end node'),
        expect.stringContaining('property weight is missing'),
        expect.stringContaining('duplicate relationship'),
      ]),
    );
  });
});
