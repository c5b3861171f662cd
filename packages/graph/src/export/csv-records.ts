import { closeSync, openSync, readSync } from 'node:fs';
import type { ExportColumn, ExportValue } from './export-table.ts';
import { EXPORT_BATCH_ROWS, LADYBUG_FLOAT_SCALE } from './export-table.ts';

/**
 * A streaming reader of the CSV LadybugDB's `COPY … TO` writes (checked on 0.19.1): `,` between
 * fields, a field with a comma, quote or newline quoted with `"` and its quotes doubled, NULL as an
 * empty unquoted field, booleans as True/False. Text arrives in chunks; a record cut by a chunk
 * boundary (even inside a quoted newline) waits for the next chunk.
 */
export class CsvRecordReader {
  private readonly columns: readonly ExportColumn[];
  private rest = '';

  constructor(columns: readonly ExportColumn[]) {
    this.columns = columns;
  }

  /** The complete records of the text read so far. */
  push(chunk: string): ExportValue[][] {
    const text = this.rest + chunk;
    const rows: ExportValue[][] = [];
    let at = 0;
    for (;;) {
      const parsed = this.record(text, at);
      if (parsed === null) break;
      rows.push(parsed.row);
      at = parsed.next;
    }
    this.rest = text.slice(at);
    return rows;
  }

  /** Call at the end of the file: the text left must be empty. */
  end(): void {
    if (this.rest.length > 0)
      throw new Error(`CSV export ends inside a record: ${this.rest.slice(0, 80)}`);
  }

  private record(text: string, start: number): { row: ExportValue[]; next: number } | null {
    const row: ExportValue[] = [];
    let at = start;
    for (let column = 0; column < this.columns.length; column += 1) {
      const last = column === this.columns.length - 1;
      let raw: string;
      let quoted = false;
      if (text.charCodeAt(at) === 34) {
        quoted = true;
        let value = '';
        let from = at + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0 || quote + 1 >= text.length) return null;
          if (text.charCodeAt(quote + 1) === 34) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          at = quote + 1;
          break;
        }
        raw = value;
      } else {
        const end = last ? text.indexOf('\n', at) : text.indexOf(',', at);
        if (end < 0) return null;
        raw = text.slice(at, end);
        at = end;
      }
      const separator = last ? '\n' : ',';
      if (at >= text.length) return null;
      if (text[at] !== separator) {
        throw new Error(
          `CSV export: expected "${separator}" after column ${column} at ${text.slice(start, at + 20)}`,
        );
      }
      at += 1;
      row.push(this.value(this.columns[column]!, raw, quoted));
    }
    return { row, next: at };
  }

  private value(type: ExportColumn, raw: string, quoted: boolean): ExportValue {
    if (raw === '' && !quoted) return null;
    switch (type) {
      case 'string':
        return raw;
      case 'int':
        return Number(raw);
      case 'float':
        return Number(raw) / LADYBUG_FLOAT_SCALE;
      case 'bool':
        return raw === 'True' || raw === 'true';
    }
  }
}

const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Reads an exported CSV file in chunks — never whole, so a table larger than a JavaScript string
 * still fits — handing its rows on in batches.
 */
export function readCsvFile(
  path: string,
  columns: readonly ExportColumn[],
  onRows: (rows: readonly (readonly ExportValue[])[]) => void,
): void {
  const reader = new CsvRecordReader(columns);
  const decoder = new TextDecoder();
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      const rows = reader.push(decoder.decode(buffer.subarray(0, read), { stream: read > 0 }));
      for (let at = 0; at < rows.length; at += EXPORT_BATCH_ROWS) {
        onRows(rows.slice(at, at + EXPORT_BATCH_ROWS));
      }
      if (read === 0) break;
    }
    reader.end();
  } finally {
    closeSync(fd);
  }
}
