import { model } from '@kobling/graph-schema';
import type { NodeDecl, PropertyDecl, RelationshipDecl } from '@kobling/graph-schema';
import { describe, expect, it } from 'vitest';
import { generateGraph, syntheticOrgNumber } from './generate-graph.ts';
import type { GraphChunk, GraphValue } from './rows.ts';
import { tallyChunks } from './rows.ts';

const small = { actors: 2000, seed: 42 } as const;

function typeOk(decl: PropertyDecl, value: GraphValue | undefined): boolean {
  if (value === null || value === undefined) return !decl.required;
  switch (decl.type) {
    case 'STRING':
      return typeof value === 'string' && value.length > 0;
    case 'INT64':
      return Number.isSafeInteger(value);
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value);
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'STRING[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

function problemsIn(chunks: Iterable<GraphChunk>): string[] {
  const problems: string[] = [];
  const nodes = new Map<string, NodeDecl>(model.nodes.map((n) => [n.label, n]));
  const rels = new Map<string, RelationshipDecl>(model.relationships.map((r) => [r.type, r]));
  for (const chunk of chunks) {
    if (chunk.kind === 'node') {
      const decl = nodes.get(chunk.label);
      if (!decl) {
        problems.push(`unknown label ${chunk.label}`);
        continue;
      }
      for (const row of chunk.rows) {
        for (const key of Object.keys(row)) {
          if (!(key in decl.properties)) problems.push(`${chunk.label}.${key} undeclared`);
        }
        for (const [name, prop] of Object.entries(decl.properties)) {
          if (!typeOk(prop, row[name]))
            problems.push(`${chunk.label}.${name} = ${JSON.stringify(row[name])}`);
        }
        if ('source' in decl.properties && row.source !== 'synthetic')
          problems.push(`${chunk.label} not synthetic`);
      }
    } else {
      const decl = rels.get(chunk.type);
      if (!decl || !decl.endpoints.some(([f, t]) => f === chunk.fromLabel && t === chunk.toLabel)) {
        problems.push(`unknown relationship ${chunk.type}(${chunk.fromLabel}->${chunk.toLabel})`);
        continue;
      }
      for (const row of chunk.rows) {
        const props = row.properties ?? {};
        for (const key of Object.keys(props)) {
          if (!(key in decl.properties)) problems.push(`${chunk.type}.${key} undeclared`);
        }
        for (const [name, prop] of Object.entries(decl.properties)) {
          if (!typeOk(prop, props[name]))
            problems.push(`${chunk.type}.${name} = ${JSON.stringify(props[name])}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

describe('generateGraph', () => {
  it('gives identical rows for the same size and seed, and different rows for another seed', () => {
    const a = JSON.stringify([...generateGraph(small).chunks()]);
    const b = JSON.stringify([...generateGraph(small).chunks()]);
    const c = JSON.stringify([...generateGraph({ ...small, seed: 43 }).chunks()]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('yields rows whose every property is declared in the model with the right type', () => {
    expect(problemsIn(generateGraph(small).chunks())).toEqual([]);
  });

  it('keeps keys and unique properties unique, and relationships pointing at generated nodes', () => {
    const graph = generateGraph(small);
    const keys = new Map<string, Set<string>>();
    const seenUnique = new Map<string, Set<string>>();
    for (const chunk of graph.chunks()) {
      if (chunk.kind === 'node') {
        const decl = model.nodes.find((n) => n.label === chunk.label)!;
        const set = keys.get(chunk.label) ?? new Set<string>();
        keys.set(chunk.label, set);
        for (const row of chunk.rows) {
          const key = row[decl.key] as string;
          expect(set.has(key), `${chunk.label} ${key} twice`).toBe(false);
          set.add(key);
          for (const [name, prop] of Object.entries(decl.properties)) {
            if (!('unique' in prop) || !prop.unique || row[name] == null) continue;
            const id = `${chunk.label}.${name}`;
            const values = seenUnique.get(id) ?? new Set<string>();
            seenUnique.set(id, values);
            expect(values.has(String(row[name])), `${id} ${String(row[name])} twice`).toBe(false);
            values.add(String(row[name]));
          }
        }
      } else {
        for (const row of chunk.rows) {
          expect(keys.get(chunk.fromLabel)?.has(row.from), `${chunk.type} from ${row.from}`).toBe(
            true,
          );
          expect(keys.get(chunk.toLabel)?.has(row.to), `${chunk.type} to ${row.to}`).toBe(true);
        }
      }
    }
  });

  it('scales topic edges with actors (~10 per actor) and computes Topic.actorCount from them', () => {
    const graph = generateGraph(small);
    const perTopic = new Map<string, number>();
    let actorTopicEdges = 0;
    let topicCounts = new Map<string, number>();
    for (const chunk of graph.chunks()) {
      if (
        chunk.kind === 'relationship' &&
        chunk.type === 'HAS_TOPIC' &&
        chunk.fromLabel === 'Actor'
      ) {
        for (const row of chunk.rows) {
          actorTopicEdges += 1;
          perTopic.set(row.to, (perTopic.get(row.to) ?? 0) + 1);
        }
      }
      if (chunk.kind === 'node' && chunk.label === 'Topic') {
        topicCounts = new Map([
          ...topicCounts,
          ...chunk.rows.map((r) => [r.id as string, r.actorCount as number] as const),
        ]);
      }
    }
    expect(actorTopicEdges / small.actors).toBeGreaterThan(8);
    expect(actorTopicEdges / small.actors).toBeLessThan(12);
    for (const [topic, count] of topicCounts) expect(count, topic).toBe(perTopic.get(topic) ?? 0);
  });

  it('is skewed: the top topic is far more popular than the median, and some actors are hubs', () => {
    const graph = generateGraph(small);
    const counts = [...graph.topicActorCounts].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts[0]).toBeGreaterThan(8 * median);

    const degree = new Map<string, number>();
    for (const chunk of graph.chunks()) {
      if (chunk.kind !== 'relationship') continue;
      if (chunk.type !== 'MEMBER_OF' && chunk.type !== 'PARTICIPATES_IN') continue;
      for (const row of chunk.rows) degree.set(row.from, (degree.get(row.from) ?? 0) + 1);
    }
    const degrees = [...degree.values()].sort((a, b) => b - a);
    const medianDegree = degrees[Math.floor(degrees.length / 2)] ?? 0;
    expect(degrees[0]).toBeGreaterThan(10 * Math.max(1, medianDegree));
  });

  it('mixes kinds in realistic proportions and mixes helices in projects', () => {
    const graph = generateGraph(small);
    const kinds = new Map<string, number>();
    const helixOf = new Map<string, string>();
    const helicesPerProject = new Map<string, Set<string>>();
    for (const chunk of graph.chunks()) {
      if (chunk.kind === 'node' && chunk.label === 'Actor') {
        for (const row of chunk.rows) {
          kinds.set(row.kind as string, (kinds.get(row.kind as string) ?? 0) + 1);
          helixOf.set(row.id as string, row.helix as string);
        }
      }
      if (chunk.kind === 'relationship' && chunk.type === 'PARTICIPATES_IN') {
        for (const row of chunk.rows) {
          const set = helicesPerProject.get(row.to) ?? new Set<string>();
          set.add(helixOf.get(row.from)!);
          helicesPerProject.set(row.to, set);
        }
      }
    }
    expect(kinds.size).toBe(6);
    expect((kinds.get('COMPANY') ?? 0) / small.actors).toBeGreaterThan(0.7);
    const mixed = [...helicesPerProject.values()].filter((s) => s.size > 1).length;
    expect(mixed / helicesPerProject.size).toBeGreaterThan(0.5);
  });

  it('counts rows per label and type', () => {
    const tally = tallyChunks(generateGraph(small).chunks());
    expect(tally.nodes.Actor).toBe(2000);
    for (const type of [
      'HAS_TOPIC',
      'MEMBER_OF',
      'PARTICIPATES_IN',
      'LOCATED_IN',
      'PART_OF',
      'BROADER',
      'ORIGINATED_AT',
      'COMMERCIALISED_BY',
      'HAS_MILESTONE',
    ]) {
      expect(tally.relationships[type], type).toBeGreaterThan(0);
    }
  });

  it('makes valid, distinct organisation numbers', () => {
    const numbers = Array.from({ length: 500 }, (_, i) => syntheticOrgNumber(i));
    expect(new Set(numbers).size).toBe(500);
    for (const n of numbers) {
      const digits = n.split('').map(Number);
      const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, k) => s + w * (digits[k] ?? 0), 0);
      expect((11 - (sum % 11)) % 11).toBe(digits[8]);
    }
  });

  it('refuses a size it cannot make', () => {
    expect(() => generateGraph({ actors: 3 })).toThrow(/actors must be an integer ≥ 10, got 3/);
  });
});
