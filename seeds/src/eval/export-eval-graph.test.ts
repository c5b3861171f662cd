import { readFileSync } from 'node:fs';
import { parseEvalGraph } from '@kobling/matchmaking';
import { describe, expect, it } from 'vitest';
import { regionSeedGraph } from '../region/index.ts';
import { REGION_EVAL_GRAPH_PATH, exportEvalGraph, renderEvalGraph } from './export-eval-graph.ts';

describe('the region seed as an evaluation graph', () => {
  const graph = exportEvalGraph(regionSeedGraph());

  it('is a valid kobling-eval-graph/1 with every actor, topic and project', () => {
    const seed = regionSeedGraph();
    const parsed = parseEvalGraph(JSON.parse(JSON.stringify(graph)) as unknown);
    expect(parsed.actors).toHaveLength(seed.nodes['Actor']?.length ?? 0);
    expect(parsed.topics).toHaveLength(seed.nodes['Topic']?.length ?? 0);
    expect(parsed.projects).toHaveLength(seed.nodes['Project']?.length ?? 0);
    expect(parsed.projects.every((p) => p.participants.length > 0)).toBe(true);
  });

  it('is committed as generated (run npm run export:eval -w @kobling/seeds)', () => {
    expect(readFileSync(REGION_EVAL_GRAPH_PATH, 'utf8')).toBe(renderEvalGraph(graph));
  });
});
