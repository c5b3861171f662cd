import { describe, expect, it } from 'vitest';
import { MatchmakingError } from '../errors.ts';
import { evaluate } from './evaluate.ts';
import { EVAL_GRAPH_FORMAT, parseEvalGraph, type EvalGraph } from './graph.ts';
import { plantedGraph } from './planted-graph.ts';

const actor = (id: string, helix: 'INDUSTRY' | 'ACADEMIA' | 'GOVERNMENT', topic: string) => ({
  id,
  name: id.toUpperCase(),
  kind:
    helix === 'INDUSTRY'
      ? ('COMPANY' as const)
      : helix === 'ACADEMIA'
        ? ('RESEARCH_GROUP' as const)
        : ('PUBLIC_ACTOR' as const),
  helix,
  inRegion: true,
  topics: [{ topicId: topic, weight: 1 }],
  clusterIds: [],
});

describe('evaluate', () => {
  it('computes the metrics by hand on a tiny graph', () => {
    // Two cross-helix pairs, one project each: hiding half of them hides exactly one project.
    const graph: EvalGraph = {
      topics: [
        { id: 't1', name: 'T1' },
        { id: 't2', name: 'T2' },
      ],
      clusters: [],
      actors: [
        actor('a', 'INDUSTRY', 't1'),
        actor('b', 'ACADEMIA', 't1'),
        actor('c', 'INDUSTRY', 't2'),
        actor('d', 'ACADEMIA', 't2'),
      ],
      projects: [
        { id: 'p1', title: 'P1', participants: ['a', 'b'] },
        { id: 'p2', title: 'P2', participants: ['c', 'd'] },
      ],
    };
    const r = evaluate({ graph, holdOutFraction: 0.5, seed: 1 });
    expect(r.crossHelixPairs).toBe(2);
    expect(r.heldOutPairs).toBe(1);
    expect(r.seekers).toBe(2);
    // Each seeker has 2 candidates of the other helix (its hidden partner and one stranger); the
    // topic-only ranker puts the partner (same topic) first: RR 1, P@10 = 1/10, R@10 = 1.
    const topic = r.results.find((m) => m.method === 'topic-only');
    expect(topic).toEqual({ method: 'topic-only', precisionAtK: 0.1, recallAtK: 1, mrr: 1 });
    const combined = r.results.find((m) => m.method === 'combined');
    expect(combined?.mrr).toBe(1);
    // graph-only has no training path: all scores 0, so the id order decides.
    for (const m of r.results) expect(m.recallAtK).toBe(1);
  });

  it('the combined score beats every baseline on MRR on a small planted graph', () => {
    const graph = plantedGraph({ actors: 240, communities: 8, projects: 360, seed: 11 });
    const r = evaluate({ graph, holdOutFraction: 0.2, seed: 11 });
    const combined = r.results.find((m) => m.method === 'combined')!;
    for (const m of r.results) {
      if (m.method !== 'combined') expect(combined.mrr).toBeGreaterThan(m.mrr);
    }
    expect(r.seekers).toBeGreaterThan(30);
  });

  it('is deterministic for a seed', () => {
    const graph = plantedGraph({ actors: 120, communities: 4, projects: 160, seed: 5 });
    expect(evaluate({ graph, seed: 5 })).toEqual(evaluate({ graph, seed: 5 }));
    expect(plantedGraph({ actors: 120, communities: 4, projects: 160, seed: 5 })).toEqual(graph);
  });
});

describe('eval graph format', () => {
  it('round-trips the planted graph through JSON', () => {
    const graph = plantedGraph({ actors: 50, communities: 3, projects: 60, seed: 2 });
    expect(parseEvalGraph(JSON.parse(JSON.stringify(graph)))).toEqual({
      ...graph,
      format: EVAL_GRAPH_FORMAT,
    });
  });

  it('rejects dangling references with a typed error', () => {
    const bad = {
      topics: [],
      clusters: [],
      actors: [],
      projects: [{ id: 'p', title: 'P', participants: ['ghost'] }],
    };
    expect(() => parseEvalGraph(bad)).toThrow(MatchmakingError);
    expect(() => parseEvalGraph({ ...bad, format: 'other/9' })).toThrow(/unknown format/);
  });
});
