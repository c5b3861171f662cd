/**
 * `npm run export:eval -w @kobling/seeds`: writes the region seed in the evaluation format, and
 * the search engine's actors for each realistic need (the need evaluation's text matches).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REALISTIC_NEEDS } from '@kobling/matchmaking';
import { regionSeedGraph } from '../region/index.ts';
import { REGION_EVAL_GRAPH_PATH, exportEvalGraph, renderEvalGraph } from './export-eval-graph.ts';
import { REGION_NEED_MATCHES_PATH, exportNeedMatches } from './export-need-matches.ts';

const graph = exportEvalGraph(regionSeedGraph());
writeFileSync(REGION_EVAL_GRAPH_PATH, renderEvalGraph(graph));
console.info(`wrote ${fileURLToPath(REGION_EVAL_GRAPH_PATH)}`);
const matches = await exportNeedMatches(graph, REALISTIC_NEEDS);
writeFileSync(REGION_NEED_MATCHES_PATH, `${JSON.stringify(matches, null, 1)}\n`);
console.info(`wrote ${fileURLToPath(REGION_NEED_MATCHES_PATH)}`);
