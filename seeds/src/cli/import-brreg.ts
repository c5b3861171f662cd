/**
 * `npm run import:brreg -- <file> [--dry-run] [--format json|csv] [--batch-size n]
 * [--tech-prefixes 21,26,…]`: imports an Enhetsregisteret bulk file (JSON array or CSV, plain or
 * gzip) into the configured store, with live progress on stderr and a summary at the end.
 * `--dry-run` never opens the store: it imports into memory and reports what a run into an
 * empty store would do (so it also works while the server holds the embedded store).
 */
import { parseArgs } from 'node:util';
import { describeStore, storeConfig } from '../config.ts';
import { GraphUnitWriter } from '../brreg/graph-writer.ts';
import { createTerminalProgress, importBrreg } from '../brreg/index.ts';
import type { ImportBrregOptions, ImportSummary } from '../brreg/index.ts';
import { UsageError, runCli, withConfiguredGraph } from './run-cli.ts';

const USAGE =
  'usage: npm run import:brreg -- <file> [--dry-run] [--format json|csv] [--batch-size n] [--tech-prefixes 21,26,…]';

interface ImportArgs {
  readonly file: string;
  readonly dryRun: boolean;
  readonly format: 'json' | 'csv' | 'auto';
  readonly batchSize?: number;
  readonly techPrefixes?: readonly string[];
}

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string', default: 'auto' },
        'batch-size': { type: 'string' },
        'tech-prefixes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('import:brreg', USAGE);
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    throw new UsageError('give exactly one register file', USAGE);
  }
  const format = values.format;
  if (format !== 'json' && format !== 'csv' && format !== 'auto') {
    throw new UsageError(`--format must be json, csv or auto (got "${format}")`, USAGE);
  }
  let batchSize: number | undefined;
  if (values['batch-size'] !== undefined) {
    batchSize = Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
      throw new UsageError('--batch-size must be an integer from 1 to 100000', USAGE);
    }
  }
  let techPrefixes: string[] | undefined;
  if (values['tech-prefixes'] !== undefined) {
    techPrefixes = values['tech-prefixes']
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (techPrefixes.length === 0 || techPrefixes.some((p) => !/^\d{2}(\.?\d{1,3})?$/.test(p))) {
      throw new UsageError('--tech-prefixes must be NACE code prefixes such as 21,26,62', USAGE);
    }
  }
  return {
    file,
    dryRun: values['dry-run'],
    format,
    ...(batchSize === undefined ? {} : { batchSize }),
    ...(techPrefixes === undefined ? {} : { techPrefixes }),
  };
}

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  const progress = createTerminalProgress();
  const options: ImportBrregOptions = {
    input: args.file,
    format: args.format,
    onProgress: progress.onProgress,
    ...(args.batchSize === undefined ? {} : { batchSize: args.batchSize }),
    ...(args.techPrefixes === undefined ? {} : { techRule: args.techPrefixes }),
  };
  let summary: ImportSummary;
  if (args.dryRun) {
    summary = await importBrreg({ ...options, dryRun: true });
  } else {
    summary = await withConfiguredGraph((graph) => {
      process.stderr.write(`Importing ${args.file} into ${describeStore(storeConfig())}\n`);
      return importBrreg({ ...options, writer: new GraphUnitWriter(graph) });
    });
  }
  progress.finish(summary);
  return 0;
}

if (import.meta.main) runCli(main);
