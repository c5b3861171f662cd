/**
 * Terminal rendering of import progress: one line rewritten in place on a TTY, a plain line every
 * few seconds otherwise (CI logs, pipes), and a summary table at the end.
 */
import type { ImportProgress, ImportSummary } from './import-brreg.ts';
import { REJECT_REASONS } from './validate-unit.ts';

export interface TerminalProgressOptions {
  /** Default process.stderr, so stdout stays free for machine-readable output. */
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Minimum time between plain (non-TTY) lines (default 5000 ms). */
  readonly plainIntervalMs?: number;
}

export interface TerminalProgress {
  readonly onProgress: (progress: ImportProgress) => void;
  /** Ends the live line and prints the summary table. */
  finish(summary: ImportSummary): void;
  /** Ends the live line without a summary (the import stopped; its error is printed next). */
  stop(): void;
}

const nf = new Intl.NumberFormat('en-US');

export function formatProgressLine(p: ImportProgress): string {
  const pct =
    p.totalBytes !== undefined && p.totalBytes > 0
      ? ` ${((100 * p.bytesRead) / p.totalBytes).toFixed(1).padStart(5)}%`
      : '';
  return (
    `brreg${pct} read ${nf.format(p.read)} · imported ${nf.format(p.imported)} · ` +
    `rejected ${nf.format(p.rejected)} · ${nf.format(p.ratePerSec)} units/s`
  );
}

export function createTerminalProgress(options: TerminalProgressOptions = {}): TerminalProgress {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const plainInterval = options.plainIntervalMs ?? 5000;
  let lastPlain = 0;
  let live = false;
  const stop = (): void => {
    if (live) stream.write('\r\x1b[2K');
    live = false;
  };
  return {
    onProgress(p) {
      const line = formatProgressLine(p);
      if (tty) {
        const width = stream.columns ?? 120;
        stream.write(`\r\x1b[2K${line.slice(0, width - 1)}`);
        live = true;
        return;
      }
      const now = Date.now();
      if (now - lastPlain >= plainInterval) {
        lastPlain = now;
        stream.write(line + '\n');
      }
    },
    finish(summary) {
      stop();
      stream.write(formatSummary(summary) + '\n');
    },
    stop,
  };
}

/**
 * The end-of-import table: counts, writes, rejections by reason, the first few rejected rows
 * and where all of them are.
 */
export function formatSummary(s: ImportSummary, maxRows = 10): string {
  const rows: [string, string][] = [
    [
      'file',
      `${s.format}${s.gzip ? ' (gzip)' : ''}${s.dryRun ? ', dry run: nothing written' : ''}`,
    ],
    ['read', nf.format(s.read)],
    ['valid', nf.format(s.valid)],
    ['  imported (units)', nf.format(s.imported)],
    ['    technology (NACE rule)', nf.format(s.tech)],
    ['  outside the region', nf.format(s.filteredOutOfRegion)],
    ['  bankrupt / dissolving', nf.format(s.filteredInactive)],
    ['rejected', nf.format(s.rejected)],
    ...REJECT_REASONS.filter((r) => s.rejectedByReason[r] > 0).map((r): [string, string] => [
      `  ${r}`,
      nf.format(s.rejectedByReason[r]),
    ]),
    [
      'writes',
      `created ${nf.format(s.writes.created)}, updated ${nf.format(s.writes.updated)}, unchanged ${nf.format(s.writes.unchanged)}`,
    ],
    ['time', `${(s.durationMs / 1000).toFixed(1)} s, ${nf.format(s.ratePerSec)} units/s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  if (s.rejectedRows.length > 0) {
    lines.push(
      '',
      `first rejected rows (${Math.min(maxRows, s.rejectedRows.length)} of ${nf.format(s.rejected)}):`,
    );
    for (const r of s.rejectedRows.slice(0, maxRows)) {
      const where = `row ${r.row}${r.line === undefined ? '' : ` (line ${r.line})`} @${r.byteOffset}`;
      lines.push(
        `  ${where.padEnd(28)} ${(r.orgNumber ?? '-').padEnd(10)} ${r.reason}: ${r.detail}`,
      );
    }
  }
  if (s.rejectsFile !== undefined) {
    lines.push(`all ${nf.format(s.rejected)} rejected rows: ${s.rejectsFile} (JSON lines)`);
  }
  return lines.join('\n');
}
