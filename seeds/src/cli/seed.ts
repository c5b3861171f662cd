/**
 * `npm run seed`: loads the region's seed graph into the configured store (embedded LadybugDB
 * or Neo4j) and prints a summary. Idempotent: a second run reports every row unchanged.
 */
import { describeStore } from '@kobling/config';
import { formatSeedSummary, loadSeedGraph } from '../load/index.ts';
import { regionSeedGraph } from '../region/index.ts';
import { runCli, withConfiguredGraph } from './run-cli.ts';

runCli(() =>
  withConfiguredGraph(async (graph, config) => {
    process.stderr.write(`Seeding the region graph into ${describeStore(config)} …\n`);
    const summary = await loadSeedGraph(graph, regionSeedGraph());
    process.stdout.write(`${formatSeedSummary(summary)}\n`);
    return 0;
  }),
);
