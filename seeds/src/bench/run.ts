/**
 * `npm run bench [-- --only store] [--engine ladybug|neo4j] [--actors N] [--runs N] [--reads N]
 *  [--seed N] [--no-write]`
 * Runs the registered bench suites and writes each one's section of docs/benchmarks.md.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSection } from './benchmarks-doc.ts';
import { registeredSuites } from './registry.ts';
import './suites.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    actors: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    reads: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    engine: { type: 'string', default: 'ladybug' },
    'no-write': { type: 'boolean', default: false },
  },
});

const int = (name: string, text: string | undefined): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`--${name} must be a positive integer, got ${text}`);
  return n;
};

if (values.engine !== 'ladybug' && values.engine !== 'neo4j') {
  throw new Error(`--engine must be ladybug or neo4j, got ${values.engine}`);
}

const args = {
  engines: values.engine === 'neo4j' ? (['ladybug', 'neo4j'] as const) : (['ladybug'] as const),
  actors: int('actors', values.actors),
  runs: int('runs', values.runs),
  reads: int('reads', values.reads),
  seed: int('seed', values.seed),
  write: !values['no-write'],
};
const suites = registeredSuites().filter((s) => !values.only || s.name === values.only);
if (suites.length === 0) {
  const names = registeredSuites()
    .map((s) => s.name)
    .join(', ');
  throw new Error(`No bench suite "${values.only}"; registered: ${names}`);
}
const docPath = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
for (const suite of suites) {
  console.info(`bench ${suite.name}: ${suite.describe} (${args.actors} actors)`);
  const report = await suite.run(args);
  if (args.write) {
    writeSection(docPath, report.section, report.markdown);
    console.info(`wrote "${report.section}" in docs/benchmarks.md`);
  }
}
