import type { BulkProgress } from './rows.ts';

/** Counts rows per table for one phase and reports each step to the caller's callback. */
export class ProgressMeter {
  private readonly started = performance.now();
  private readonly perTable = new Map<string, number>();
  private total = 0;
  private readonly phase: BulkProgress['phase'];
  private readonly report: ((progress: BulkProgress) => void) | undefined;

  constructor(
    phase: BulkProgress['phase'],
    report: ((progress: BulkProgress) => void) | undefined,
  ) {
    this.phase = phase;
    this.report = report;
  }

  add(table: string, rows: number): void {
    const tableRows = (this.perTable.get(table) ?? 0) + rows;
    this.perTable.set(table, tableRows);
    this.total += rows;
    if (!this.report) return;
    const elapsedMs = performance.now() - this.started;
    this.report({
      phase: this.phase,
      table,
      rows: tableRows,
      totalRows: this.total,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? (this.total * 1000) / elapsedMs : 0,
    });
  }
}
