import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ImportProgress, ImportSummary } from './import-brreg.ts';
import { createTerminalProgress, formatProgressLine } from './progress-terminal.ts';
import { REJECT_REASONS } from './validate-unit.ts';

function sink(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  const parts: string[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, cb) {
      parts.push(chunk.toString());
      cb();
    },
  });
  return Object.assign(w, { isTTY, text: () => parts.join('') });
}

const progress: ImportProgress = {
  read: 12_345,
  valid: 12_300,
  imported: 4_000,
  filteredOutOfRegion: 8_000,
  filteredInactive: 300,
  rejected: 45,
  ratePerSec: 31_000,
  bytesRead: 250,
  totalBytes: 1000,
};
const summary: ImportSummary = {
  ...progress,
  format: 'json',
  gzip: true,
  dryRun: false,
  tech: 900,
  writes: { created: 3_000, updated: 900, unchanged: 100 },
  rejectedRows: [
    {
      row: 17,
      byteOffset: 4096,
      orgNumber: '923609017',
      reason: 'ORG_NUMBER_CHECKSUM',
      detail: 'fails the mod-11 check',
    },
  ],
  rejectedByReason: {
    ...Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])),
    ORG_NUMBER_CHECKSUM: 45,
  } as ImportSummary['rejectedByReason'],
  techPrefixes: ['62'],
  durationMs: 1500,
};

describe('terminal progress', () => {
  it('formats read, imported, rejected, rate and the byte percentage', () => {
    expect(formatProgressLine(progress)).toBe(
      'brreg  25.0% read 12,345 · imported 4,000 · rejected 45 · 31,000 units/s',
    );
  });

  it('rewrites one line on a TTY and ends with the summary table', () => {
    const out = sink(true);
    const p = createTerminalProgress({ stream: out });
    p.onProgress(progress);
    p.onProgress({ ...progress, read: 20_000 });
    p.finish(summary);
    const text = out.text();
    expect(text.split('\r\u001b[2K').length - 1).toBe(3);
    expect(text).toContain('read 20,000');
    expect(text).toMatch(/ORG_NUMBER_CHECKSUM\s+45/);
    expect(text).toMatch(/row 17 @4096\s+923609017\s+ORG_NUMBER_CHECKSUM: fails/);
  });

  it('prints plain lines at an interval when not a TTY', () => {
    const out = sink(false);
    const p = createTerminalProgress({ stream: out, plainIntervalMs: 60_000 });
    p.onProgress(progress);
    p.onProgress({ ...progress, read: 20_000 });
    p.finish(summary);
    const lines = out.text().split('\n');
    expect(lines[0]).toContain('read 12,345');
    expect(out.text()).not.toContain('read 20,000');
    expect(out.text()).not.toContain('\r');
    expect(out.text()).toContain('created 3,000, updated 900, unchanged 100');
  });

  it('says where all rejected rows are, and stop() clears the live line without a summary', () => {
    const out = sink(true);
    const p = createTerminalProgress({ stream: out });
    p.onProgress(progress);
    p.stop();
    expect(out.text().endsWith('\r\u001b[2K')).toBe(true);
    p.finish({ ...summary, rejectsFile: '/data/enheter.json.rejects.jsonl' });
    expect(out.text()).toContain(
      'all 45 rejected rows: /data/enheter.json.rejects.jsonl (JSON lines)',
    );
    // The line was already cleared: finish() does not clear it twice.
    expect(out.text().split('\r\u001b[2K').length - 1).toBe(2);
  });
});
