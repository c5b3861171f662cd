import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvalGraph } from './graph.ts';
import type { EvalGraph } from './graph.ts';
import { NEED_MATCHES_FORMAT, evaluateNeeds, type NeedMatches } from './needs-eval.ts';
import { REALISTIC_NEEDS } from './realistic-needs.ts';

const graph: EvalGraph = {
  topics: [
    { id: 't:drones', name: 'Drones and UAV', nameNb: 'Droner', synonyms: ['uav'] },
    { id: 't:edu', name: 'Education', nameNb: 'Utdanning', synonyms: ['learning'] },
  ],
  clusters: [],
  actors: [
    {
      id: 'icing',
      name: 'Icing Lab',
      kind: 'RESEARCH_GROUP',
      helix: 'ACADEMIA',
      inRegion: true,
      topics: [],
      clusterIds: [],
    },
    {
      id: 'drones',
      name: 'Drone Co',
      kind: 'COMPANY',
      helix: 'INDUSTRY',
      inRegion: true,
      topics: [{ topicId: 't:drones', weight: 1 }],
      clusterIds: [],
    },
    {
      id: 'school',
      name: 'School',
      kind: 'INSTITUTION',
      helix: 'GOVERNMENT',
      inRegion: true,
      topics: [{ topicId: 't:edu', weight: 1 }],
      clusterIds: [],
    },
  ],
  projects: [{ id: 'p', title: 'P', participants: ['school', 'drones'] }],
};
const needs = [
  {
    id: 'n1',
    language: 'en' as const,
    author: 'founder' as const,
    text: 'ice building up on drone propellers',
    expected: ['icing', 'drones'],
    why: '',
  },
];

describe('the evaluation of realistic needs', () => {
  it('ranks by each kind of evidence and scores every method the same way', () => {
    const result = evaluateNeeds({
      graph,
      needs,
      matches: {
        format: NEED_MATCHES_FORMAT,
        engine: 'test',
        needs: { n1: [{ actorId: 'icing', words: ['icing'] }] },
      },
    });
    const by = Object.fromEntries(result.results.map((r) => [r.method, r]));
    // Both expected actors first: the text brings the lab, the topic the drone company.
    expect(by['combined']).toMatchObject({ ndcg: 1, mrr: 1, hit: 1 });
    // Topics alone miss the lab ("building", "learning" are generic and name nothing).
    expect(by['topic-only']!.ndcg).toBeLessThan(1);
    expect(by['text-only']!.mrr).toBe(1);
    expect(by['popularity']!.hit).toBe(1);
  });

  it('holds the needs it promises: at least 60, both languages, every author, an answer each', () => {
    expect(REALISTIC_NEEDS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(REALISTIC_NEEDS.map((n) => n.language))).toEqual(new Set(['en', 'nb']));
    expect(new Set(REALISTIC_NEEDS.map((n) => n.author))).toEqual(
      new Set(['founder', 'researcher', 'public']),
    );
    expect(new Set(REALISTIC_NEEDS.map((n) => n.id)).size).toBe(REALISTIC_NEEDS.length);
    for (const n of REALISTIC_NEEDS) expect(n.expected.length).toBeGreaterThan(0);
  });

  it('refuses a need whose expected actor the graph lacks', () => {
    expect(() =>
      evaluateNeeds({
        graph,
        needs: [{ ...needs[0]!, expected: ['nobody'] }],
        matches: { format: NEED_MATCHES_FORMAT, engine: 'test', needs: {} },
      }),
    ).toThrow(/expects nobody/);
  });

  it('on the region seed, the combined score beats every baseline on nDCG@10 and MRR', () => {
    const read = (file: string): unknown =>
      JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
    const result = evaluateNeeds({
      graph: parseEvalGraph(read('region-eval-graph.json')),
      needs: REALISTIC_NEEDS,
      matches: read('region-need-matches.json') as NeedMatches,
    });
    const [combined, ...baselines] = result.results;
    expect(combined!.method).toBe('combined');
    for (const b of baselines) {
      expect(combined!.ndcg).toBeGreaterThan(b.ndcg);
      expect(combined!.mrr).toBeGreaterThan(b.mrr);
    }
  });
});
