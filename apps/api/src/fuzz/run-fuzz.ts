import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSection } from '@kobling/seeds';
import { openMemoryGraph, seededGraph } from '../testing/fixture.ts';
import { FUZZ_SECTION, consoleReport, isClean, markdownSection } from './report.ts';
import { runFuzz } from './runner.ts';
import { openFuzzWorld } from './world.ts';

/*
 * `npm run fuzz -w @kobling/api -- [--requests N] [--seed S] [--no-write]`: the fuzz run over a
 * fresh in-memory store with the region seed. Prints the report, writes its section of
 * docs/benchmarks.md, and exits 1 unless it is clean (no unexpected error, 5xx or partial write).
 */

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, got ${text}`);
  return n;
}

const { values } = parseArgs({
  allowNegative: true,
  options: {
    seed: { type: 'string', default: '1' },
    requests: { type: 'string', default: '10000' },
    examples: { type: 'string', default: '20' },
    write: { type: 'boolean', default: true },
  },
});
const seed = positiveInt('seed', values.seed);
const requests = positiveInt('requests', values.requests);

const graph = await seededGraph(openMemoryGraph);
const world = await openFuzzWorld(graph);
let result;
try {
  console.info(`fuzz: seed ${seed}, ${requests} requests`);
  result = await runFuzz(world, {
    seed,
    requests,
    examples: positiveInt('examples', values.examples),
    onProgress: (done, totals) => {
      if (done % 1000 === 0) {
        console.info(
          `  ${done} requests: ${totals.unexpected} unexpected, ${totals.serverErrors} 5xx, ${totals.partialWrites} partial writes`,
        );
      }
    },
  });
} finally {
  await world.close();
  await graph.close();
}

console.info(consoleReport(result));
if (values.write) {
  const doc = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
  const command = `npm run fuzz -w @kobling/api -- --requests ${requests} --seed ${seed}`;
  writeSection(
    doc,
    FUZZ_SECTION,
    markdownSection(result, {
      command,
      store: 'LadybugDB in memory with the region seed and the embedded search index',
    }),
  );
  console.info(`wrote "${FUZZ_SECTION}" in docs/benchmarks.md`);
}
process.exitCode = isClean(result) ? 0 : 1;
