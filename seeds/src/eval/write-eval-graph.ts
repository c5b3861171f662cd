/** `npm run export:eval -w @kobling/seeds`: writes the region seed in the evaluation format. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { regionSeedGraph } from '../region/index.ts';
import { REGION_EVAL_GRAPH_PATH, exportEvalGraph, renderEvalGraph } from './export-eval-graph.ts';

writeFileSync(REGION_EVAL_GRAPH_PATH, renderEvalGraph(exportEvalGraph(regionSeedGraph())));
console.info(`wrote ${fileURLToPath(REGION_EVAL_GRAPH_PATH)}`);
