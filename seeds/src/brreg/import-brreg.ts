/**
 * The register import as a library function: stream → parse → validate → filter → map → batch
 * upsert, with a throttled progress callback and a summary. The CLI and (later) the admin page
 * call this; neither knows about files, parsers or batching.
 */
import type { Readable } from 'node:stream';
import { openInput } from './input.ts';
import type { RegisterFormat } from './input.ts';
import type { ActorUpsertRow } from './map-actor.ts';
import { toActorRow } from './map-actor.ts';
import type { ReadItem } from './raw-unit.ts';
import { readCsvUnits, readJsonUnits } from './readers.ts';
import type { TechRule } from './tech-classification.ts';
import { DEFAULT_TECH_RULE, createTechRule } from './tech-classification.ts';
import type { UnitWriter, WriteCounts } from './unit-writer.ts';
import { MemoryUnitWriter } from './unit-writer.ts';
import type { RejectReason } from './validate-unit.ts';
import { REJECT_REASONS, validateUnit } from './validate-unit.ts';

export interface ImportProgress {
  /** Elements / records read so far, broken ones included. */
  readonly read: number;
  /** Units that passed validation (imported + filtered). */
  readonly valid: number;
  /** Rows handed to the writer (in a dry run: that would be written). */
  readonly imported: number;
  readonly filteredOutOfRegion: number;
  /** Regional units that are bankrupt, being dissolved or deleted. */
  readonly filteredInactive: number;
  readonly rejected: number;
  /** Units read per second since the start. */
  readonly ratePerSec: number;
  /** Raw bytes read from the source (compressed bytes for gzip). */
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
  /** Imported rows classified as technology companies. */
  readonly tech: number;
  readonly writes: WriteCounts;
  /** The first `maxRejectedListed` rejected rows, in file order. */
  readonly rejectedRows: readonly RejectedRow[];
  /** Every rejection, counted by reason. */
  readonly rejectedByReason: Readonly<Record<RejectReason, number>>;
  readonly techPrefixes: readonly string[];
  readonly durationMs: number;
}

export interface ImportBrregOptions {
  /** A file path, or a stream of the file's bytes (plain or gzip). */
  readonly input: string | Readable;
  /** 'auto' (default) looks at the first byte: '[' is JSON, anything else CSV. */
  readonly format?: RegisterFormat | 'auto';
  /** Write into a fresh MemoryUnitWriter instead of `writer`; the real store is not touched. */
  readonly dryRun?: boolean;
  /** A rule, or a list of NACE code prefixes (default: DEFAULT_TECH_PREFIXES). */
  readonly techRule?: TechRule | readonly string[];
  /** Rows per writer call (default 1000). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Minimum time between progress callbacks (default 250 ms). One final call always happens. */
  readonly progressIntervalMs?: number;
  /** Required unless dryRun. */
  readonly writer?: UnitWriter;
  /** How many rejected rows the summary lists in full (default 100; all are counted). */
  readonly maxRejectedListed?: number;
}

export async function importBrreg(options: ImportBrregOptions): Promise<ImportSummary> {
  const dryRun = options.dryRun ?? false;
  const writer = dryRun ? new MemoryUnitWriter() : options.writer;
  if (writer === undefined) throw new Error('importBrreg needs a writer unless dryRun is set');
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
  const opened = await openInput(options.input);
  const format =
    options.format === undefined || options.format === 'auto'
      ? opened.sniffedFormat
      : options.format;
  const items: AsyncIterable<ReadItem> =
    format === 'json' ? readJsonUnits(opened.chunks) : readCsvUnits(opened.chunks);

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
      bytesRead: opened.bytesRead(),
      ...(opened.totalBytes === undefined ? {} : { totalBytes: opened.totalBytes }),
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

  const addRejected = (row: RejectedRow): void => {
    rejected++;
    rejectedByReason[row.reason]++;
    if (rejectedRows.length < maxListed) rejectedRows.push(row);
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

  for await (const item of items) {
    read++;
    if (item.kind === 'broken') {
      addRejected({
        ...item.position,
        ...(item.orgNumber === undefined ? {} : { orgNumber: item.orgNumber }),
        reason: 'MALFORMED_ROW',
        detail: item.detail,
      });
    } else {
      const v = validateUnit(item.unit);
      if (v.status === 'REJECTED') {
        addRejected({
          ...item.position,
          ...(v.orgNumber === undefined ? {} : { orgNumber: v.orgNumber }),
          reason: v.reason,
          detail: v.detail,
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
    // Checking the clock once per 256 rows keeps the hot loop cheap.
    if ((read & 0xff) === 0) maybeReport();
  }
  await flush();

  const final = progress();
  options.onProgress?.(final);
  return {
    ...final,
    format,
    gzip: opened.gzip,
    dryRun,
    tech,
    writes,
    rejectedRows,
    rejectedByReason,
    techPrefixes: techRule.prefixes,
    durationMs: Math.round(performance.now() - started),
  };
}
