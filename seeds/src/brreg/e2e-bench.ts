/**
 * End-to-end register import benchmark (issue 3): a generated Enhetsregisteret file with about
 * 100,000 regional units is imported by `importBrreg` + `GraphUnitWriter` into an embedded
 * LadybugDB store in a temp folder (file-backed, as `npm start` uses it): parse, validate,
 * filter, map, batched lookups and upserts, LOCATED_IN, outbox records. Then the same file is
 * imported again (every unit unchanged: lookups only).
 *
 *   npx -c 'node seeds/src/brreg/e2e-bench.ts'              # 100k regional units, writes the doc
 *   npx -c 'node seeds/src/brreg/e2e-bench.ts 10000 --no-write'
 *
 * Writes the "### End-to-end import" sub-section at the end of "## Register import (issue 3)"
 * in docs/benchmarks.md, leaving the parse + filter figures above it alone.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openGraph } from '@kobling/graph';
import { GraphUnitWriter, generateRegisterFile, importBrreg } from '@kobling/register-import';
import { regionMunicipalityRows } from '../region/municipalities.ts';

/** Share of generated units that are valid, active and regional (about 0.3305 on the generator at seed 42: aim a little above 100k). */
const REGIONAL_SHARE = 0.33;

export interface ImportEndToEndResult {
  readonly unitsInFile: number;
  readonly imported: number;
  readonly firstSeconds: number;
  readonly firstUnitsPerSec: number;
  readonly secondSeconds: number;
  readonly secondUnitsPerSec: number;
  readonly storeMB: number;
  readonly load: number;
}

export async function runImportEndToEndBench(
  regionalUnits = 100_000,
): Promise<ImportEndToEndResult> {
  const dir = await mkdtemp(join(tmpdir(), 'kobling-e2e-import-'));
  try {
    const file = join(dir, 'enheter.json');
    const unitsInFile = Math.ceil(regionalUnits / REGIONAL_SHARE);
    await generateRegisterFile({ path: file, units: unitsInFile, seed: 42, malformedEvery: 0 });
    const storePath = join(dir, 'data', 'graph.lbug');
    const graph = await openGraph({ engine: 'ladybug', path: storePath });
    try {
      const time = async () => {
        const t = performance.now();
        const writer = new GraphUnitWriter(graph, { municipalities: regionMunicipalityRows() });
        const summary = await importBrreg({ input: file, writer });
        return { summary, seconds: (performance.now() - t) / 1000 };
      };
      const first = await time();
      const second = await time();
      if (second.summary.writes.unchanged !== first.summary.imported) {
        throw new Error('the second import was expected to find every unit unchanged');
      }
      const data = join(dir, 'data');
      return {
        unitsInFile,
        imported: first.summary.imported,
        firstSeconds: first.seconds,
        firstUnitsPerSec: Math.round(first.summary.imported / first.seconds),
        secondSeconds: second.seconds,
        secondUnitsPerSec: Math.round(second.summary.imported / second.seconds),
        // The database file plus its WAL: LadybugDB checkpoints the WAL into the file later.
        storeMB: readdirSync(data).reduce((t, f) => t + statSync(join(data, f)).size, 0) / 1e6,
        load: loadavg()[0] ?? 0,
      };
    } finally {
      await graph.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const SECTION = '## Register import (issue 3)';
const SUB = '### End-to-end import';

export function formatEndToEnd(r: ImportEndToEndResult): string {
  const nf = new Intl.NumberFormat('en-US');
  return `${SUB}

End to end (\`seeds/src/brreg/e2e-bench.ts\`, \`runImportEndToEndBench\`): a generated file of
${nf.format(r.unitsInFile)} units (no malformed rows) holding ${nf.format(r.imported)} valid regional
units is imported by \`importBrreg\` with the \`GraphUnitWriter\` into an embedded LadybugDB store
in a temp folder (file-backed): batches of 1,000 rows, each one write transaction with batched
lookups by org number and slug, one batched upsert, LOCATED_IN merges and one outbox record per
written actor. The second run imports the same file again: every unit is unchanged (lookups, no
writes). Units/s counts imported regional units over the whole wall time, parsing included.
Run on ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU'}.

| Run | Regional units | Wall (s) | Units/s | Store size (MB) | Load (1 min) |
|---|---:|---:|---:|---:|---:|
| first (all created) | ${nf.format(r.imported)} | ${r.firstSeconds.toFixed(1)} | ${nf.format(r.firstUnitsPerSec)} | ${r.storeMB.toFixed(1)} | ${r.load.toFixed(1)} |
| second (all unchanged) | ${nf.format(r.imported)} | ${r.secondSeconds.toFixed(1)} | ${nf.format(r.secondUnitsPerSec)} | | |
`;
}

/** Replaces (or appends) the sub-section at the end of the register import section. */
export function writeEndToEndSection(path: string, body: string): void {
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = doc.indexOf(`${SECTION}\n`);
  if (start === -1) {
    writeFileSync(path, `${doc.trimEnd()}\n\n${SECTION}\n\n${body.trim()}\n`);
    return;
  }
  const nextSection = doc.indexOf('\n## ', start + SECTION.length);
  const end = nextSection === -1 ? doc.length : nextSection + 1;
  let section = doc.slice(start, end);
  const sub = section.indexOf(`${SUB}\n`);
  if (sub !== -1) section = section.slice(0, sub);
  section = `${section.trimEnd()}\n\n${body.trim()}\n`;
  writeFileSync(
    path,
    doc.slice(0, start) + section + (nextSection === -1 ? '' : `\n${doc.slice(end)}`),
  );
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const units = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const result = await runImportEndToEndBench(units);
  const body = formatEndToEnd(result);
  process.stdout.write(`${body}\n`);
  if (!args.includes('--no-write')) {
    writeEndToEndSection(
      fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url)),
      body,
    );
  }
  process.exit(0);
}
