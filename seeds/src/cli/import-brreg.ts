/**
 * `npm run import:brreg -- <file> [--dry-run] [--format json|csv|auto] [--rejects <file>]
 * [--batch-size n] [--tech-prefixes 21,26,…]`: imports an Enhetsregisteret bulk file (JSON array
 * or CSV, plain or gzip) into the configured store, with live progress on stderr and a summary
 * at the end. Every rejected row goes to `<file>.rejects.jsonl` (or `--rejects`); the summary
 * lists the first few. `--dry-run` never opens the store: it imports into memory and reports
 * what a run into an empty store would do (so it also works while the server holds the
 * embedded store).
 *
 * The file is opened and checked before the store is: a missing path or a file that is not a
 * register stops with one line and exit code 1, no data folder created, nothing written. An
 * import that stops part-way says how many units it imported; rerunning it finishes the job.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeStore } from '@kobling/config';
import {
  GraphUnitWriter,
  RegisterImportError,
  createTerminalProgress,
  importBrreg,
  openRegister,
  openRejectsFile,
} from '@kobling/register-import';
import type { ImportBrregOptions, ImportSummary, RejectsFile } from '@kobling/register-import';
import { regionMunicipalityRows } from '../region/municipalities.ts';
import { UsageError, runCli, withConfiguredGraph } from './run-cli.ts';

const USAGE =
  'usage: npm run import:brreg -- <file> [--dry-run] [--format json|csv|auto] [--rejects <file>] [--batch-size n] [--tech-prefixes 21,26,…]';

interface ImportArgs {
  readonly file: string;
  readonly dryRun: boolean;
  readonly format: 'json' | 'csv' | 'auto';
  /** Where every rejected row is written (default: next to the file, `<file>.rejects.jsonl`). */
  readonly rejects: string;
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
        rejects: { type: 'string' },
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
  const rejects = values.rejects ?? `${file}.rejects.jsonl`;
  // The rejects file is emptied when the import starts: never let that be the register itself.
  if (rejects === '' || resolve(rejects) === resolve(file)) {
    throw new UsageError('--rejects must be a file path other than the register file', USAGE);
  }
  return {
    file,
    dryRun: values['dry-run'],
    format,
    rejects,
    ...(batchSize === undefined ? {} : { batchSize }),
    ...(techPrefixes === undefined ? {} : { techPrefixes }),
  };
}

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  try {
    return await importFile(args);
  } catch (error) {
    // Expected failures are one line for a person; anything else is a bug and keeps its stack.
    if (!(error instanceof RegisterImportError)) throw error;
    process.stderr.write(`${args.file}: ${error.message}\n`);
    return 1;
  }
}

async function importFile(args: ImportArgs): Promise<number> {
  // The file and the rejects file first: a path or file that is no good must not open (and so
  // create) the store.
  const source = await openRegister(args.file, args.format);
  let rejects: RejectsFile;
  try {
    rejects = await openRejectsFile(args.rejects);
  } catch (error) {
    await source.close();
    if (!(error instanceof RegisterImportError)) throw error;
    throw new RegisterImportError(`${error.message}; give another path with --rejects <file>`);
  }
  const progress = createTerminalProgress();
  const options: ImportBrregOptions = {
    input: source,
    rejectsFile: rejects,
    onProgress: progress.onProgress,
    ...(args.batchSize === undefined ? {} : { batchSize: args.batchSize }),
    ...(args.techPrefixes === undefined ? {} : { techRule: args.techPrefixes }),
  };
  let summary: ImportSummary;
  try {
    if (args.dryRun) {
      summary = await importBrreg({ ...options, dryRun: true });
    } else {
      summary = await withConfiguredGraph((graph, config) => {
        process.stderr.write(`Importing ${args.file} into ${describeStore(config)}\n`);
        // The import may run before the seed: the writer creates the region's municipalities.
        const writer = new GraphUnitWriter(graph, { municipalities: regionMunicipalityRows() });
        return importBrreg({ ...options, writer });
      });
    }
  } catch (error) {
    progress.stop();
    // When the store never opened, the import did not take the files over: release them
    // (closing removes the still-empty rejects file).
    await source.close();
    await rejects.close().catch(() => 0);
    throw error;
  }
  progress.finish(summary);
  return 0;
}

if (import.meta.main) runCli(main);
