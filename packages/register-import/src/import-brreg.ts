/**
 * The register import as a library function: open (checks the file) → stream → parse →
 * validate → drop repeated org numbers → filter → map → batch upsert, with a throttled progress
 * callback, every rejected row in an optional rejects file, and a summary. The CLI and the
 * admin page call this; neither knows about files, parsers or batching.
 *
 * Atomicity: each batch is one transaction, the import as a whole is not — a full register is
 * a million units. A file that is not a register fails before the first write (RegisterFileError).
 * Anything that stops the import further in (a truncated file, the store going away) is an
 * ImportStoppedError that says how many units were imported before it stopped; those stay, and
 * because the import is idempotent by org number, running it again with the complete file
 * finishes the job (the units already imported then count as unchanged).
 */
import type { Readable } from 'node:stream';
import { FirstOccurrences } from './first-occurrences.ts';
import { ImportStoppedError } from './import-errors.ts';
import type { RegisterFormat } from './input.ts';
import type { ActorUpsertRow } from './map-actor.ts';
import { toActorRow } from './map-actor.ts';
import { openRegister } from './open-register.ts';
import type { RegisterSource } from './open-register.ts';
import { openRejectsFile } from './rejects-file.ts';
import type { RejectsFile } from './rejects-file.ts';
import type { TechRule } from './tech-classification.ts';
import { DEFAULT_TECH_RULE, createTechRule } from './tech-classification.ts';
import type { UnitWriter, WriteCounts } from './unit-writer.ts';
import { MemoryUnitWriter } from './unit-writer.ts';
import type { RejectReason } from './validate-unit.ts';
import { REJECT_REASONS, validateUnit } from './validate-unit.ts';

export interface ImportProgress {
  /** Rows (JSON elements / CSV records) read so far, broken and repeated ones included. */
  readonly read: number;
  /** Distinct units that passed validation (imported + filtered): read − rejected. */
  readonly valid: number;
  /** Distinct units handed to the writer (in a dry run: that would be written). */
  readonly imported: number;
  readonly filteredOutOfRegion: number;
  /** Regional units that are bankrupt, being dissolved or deleted. */
  readonly filteredInactive: number;
  /** Rejected rows, repeated org numbers (DUPLICATE_ORG_NUMBER) included. */
  readonly rejected: number;
  /** Rows read per second since the start. */
  readonly ratePerSec: number;
  /** Source bytes (compressed bytes for gzip) whose rows have been processed. */
  readonly bytesRead: number;
  /** Size of the source when it is a file. */
  readonly totalBytes?: number;
}

export interface RejectedRow {
  /** Element (JSON) or data record (CSV) number, from 1. */
  readonly row: number;
  readonly byteOffset: number;
  /** CSV: the line the record starts on. */
  readonly line?: number;
  readonly orgNumber?: string;
  readonly reason: RejectReason;
  readonly detail: string;
}

export interface ImportSummary extends ImportProgress {
  readonly format: RegisterFormat;
  readonly gzip: boolean;
  readonly dryRun: boolean;
  /** Imported units classified as technology companies. */
  readonly tech: number;
  readonly writes: WriteCounts;
  /** The first `maxRejectedListed` rejected rows, in file order. */
  readonly rejectedRows: readonly RejectedRow[];
  /** Every rejection, counted by reason. */
  readonly rejectedByReason: Readonly<Record<RejectReason, number>>;
  /** The file holding every rejected row, when one was asked for and a row was rejected. */
  readonly rejectsFile?: string;
  readonly techPrefixes: readonly string[];
  readonly durationMs: number;
}

export interface ImportBrregOptions {
  /**
   * A file path or a stream of the file's bytes (plain or gzip), or a file already opened with
   * openRegister (the CLI checks the file before it opens the store). The import closes it.
   */
  readonly input: string | Readable | RegisterSource;
  /** 'auto' (default) reads the first character: '[' is JSON, anything else CSV. */
  readonly format?: RegisterFormat | 'auto';
  /** Write into a fresh MemoryUnitWriter instead of `writer`; the real store is not touched. */
  readonly dryRun?: boolean;
  /** A rule, or a list of NACE code prefixes (default: DEFAULT_TECH_PREFIXES). */
  readonly techRule?: TechRule | readonly string[];
  /** Rows per writer call, i.e. per transaction (default 1000). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Minimum time between progress callbacks (default 250 ms). One final call always happens. */
  readonly progressIntervalMs?: number;
  /** Required unless dryRun. */
  readonly writer?: UnitWriter;
  /** How many rejected rows the summary lists in full (default 100; all are counted). */
  readonly maxRejectedListed?: number;
  /**
   * Where to write every rejected row as JSON lines: a path, or a file opened with
   * openRejectsFile. The import closes it, and removes it when nothing was rejected.
   */
  readonly rejectsFile?: string | RejectsFile;
}

export async function importBrreg(options: ImportBrregOptions): Promise<ImportSummary> {
  const dryRun = options.dryRun ?? false;
  const writer: UnitWriter | undefined = dryRun ? new MemoryUnitWriter() : options.writer;
  let source = isRegisterSource(options.input) ? options.input : null;
  let rejects = typeof options.rejectsFile === 'object' ? options.rejectsFile : null;
  let failed = true;
  try {
    if (writer === undefined) throw new Error('importBrreg needs a writer unless dryRun is set');
    source ??= await openRegister(options.input as string | Readable, options.format ?? 'auto');
    if (typeof options.rejectsFile === 'string') {
      rejects = await openRejectsFile(options.rejectsFile);
    }
    const summary = await run(source, rejects, writer, dryRun, options);
    failed = false;
    return summary;
  } finally {
    // Also after a failure: the batches written before it stay, and followers must see them.
    await writer?.finish?.();
    await source?.close();
    // A failed import keeps its own error; the rejects file then holds the rows up to the stop.
    const closing = rejects?.close();
    if (failed) await closing?.catch(() => 0);
    else await closing;
  }
}

async function run(
  source: RegisterSource,
  rejects: RejectsFile | null,
  writer: UnitWriter,
  dryRun: boolean,
  options: ImportBrregOptions,
): Promise<ImportSummary> {
  const techRule =
    options.techRule === undefined
      ? DEFAULT_TECH_RULE
      : 'isTech' in options.techRule
        ? options.techRule
        : createTechRule(options.techRule);
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const interval = options.progressIntervalMs ?? 250;
  const maxListed = options.maxRejectedListed ?? 100;
  const started = performance.now();

  let read = 0;
  let valid = 0;
  let imported = 0;
  let filteredOutOfRegion = 0;
  let filteredInactive = 0;
  let rejected = 0;
  let tech = 0;
  const writes = { created: 0, updated: 0, unchanged: 0 };
  const rejectedRows: RejectedRow[] = [];
  const rejectedByReason = Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<
    RejectReason,
    number
  >;
  const firstRows = new FirstOccurrences();

  const progress = (): ImportProgress => {
    const seconds = (performance.now() - started) / 1000;
    return {
      read,
      valid,
      imported,
      filteredOutOfRegion,
      filteredInactive,
      rejected,
      ratePerSec: seconds > 0 ? Math.round(read / seconds) : 0,
      bytesRead: source.bytesRead(),
      ...(source.totalBytes === undefined ? {} : { totalBytes: source.totalBytes }),
    };
  };
  let lastReport = performance.now();
  const maybeReport = (): void => {
    if (options.onProgress === undefined) return;
    const now = performance.now();
    if (now - lastReport < interval) return;
    lastReport = now;
    options.onProgress(progress());
  };

  const reject = async (row: RejectedRow): Promise<void> => {
    rejected++;
    rejectedByReason[row.reason]++;
    if (rejectedRows.length < maxListed) rejectedRows.push(row);
    await rejects?.write(row);
  };

  let batch: ActorUpsertRow[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    const counts = await writer.upsertActors(rows);
    writes.created += counts.created;
    writes.updated += counts.updated;
    writes.unchanged += counts.unchanged;
  };

  try {
    for await (const item of source.items) {
      read++;
      if (item.kind === 'broken') {
        await reject({
          ...item.position,
          ...(item.orgNumber === undefined ? {} : { orgNumber: item.orgNumber }),
          reason: 'MALFORMED_ROW',
          detail: item.detail,
        });
      } else {
        const v = validateUnit(item.unit);
        if (v.status === 'REJECTED') {
          await reject({
            ...item.position,
            ...(v.orgNumber === undefined ? {} : { orgNumber: v.orgNumber }),
            reason: v.reason,
            detail: v.detail,
          });
        } else {
          const orgNumber = v.status === 'VALID' ? v.unit.orgNumber : v.orgNumber;
          const firstRow = firstRows.claim(orgNumber, item.position.row);
          if (firstRow !== null) {
            await reject({
              ...item.position,
              orgNumber,
              reason: 'DUPLICATE_ORG_NUMBER',
              detail: `the org number was already read at row ${firstRow}; the first occurrence counts`,
            });
          } else {
            valid++;
            if (v.status === 'OUT_OF_REGION') filteredOutOfRegion++;
            else if (v.status === 'INACTIVE') filteredInactive++;
            else {
              const row = toActorRow(v.unit, techRule);
              if (row.isTech) tech++;
              imported++;
              batch.push(row);
              if (batch.length >= batchSize) await flush();
            }
          }
        }
      }
      // Checking the clock once per 256 rows keeps the hot loop cheap.
      if ((read & 0xff) === 0) maybeReport();
    }
    await flush();
  } catch (error) {
    throw new ImportStoppedError(error, { rowsRead: read, written: { ...writes }, dryRun });
  }

  const final = progress();
  options.onProgress?.(final);
  return {
    ...final,
    format: source.format,
    gzip: source.gzip,
    dryRun,
    tech,
    writes,
    rejectedRows,
    rejectedByReason,
    ...(rejects !== null && rejected > 0 ? { rejectsFile: rejects.path } : {}),
    techPrefixes: techRule.prefixes,
    durationMs: Math.round(performance.now() - started),
  };
}

function isRegisterSource(input: ImportBrregOptions['input']): input is RegisterSource {
  return typeof input === 'object' && 'items' in input && 'bytesRead' in input;
}
