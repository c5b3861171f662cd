/**
 * The two streaming readers. Both turn a byte stream into `ReadItem`s (parsed units or broken
 * rows with their position), one element or record at a time.
 */
import { checkCsvHeader } from './csv-header.ts';
import { CsvSplitter } from './csv-splitter.ts';
import { RegisterFileError } from './import-errors.ts';
import { JsonArraySplitter } from './json-array-splitter.ts';
import type { RawUnit, ReadItem } from './raw-unit.ts';
import { sniffOrgNumber } from './raw-unit.ts';

/** Reads the bulk JSON download: a top-level array of unit objects. */
export async function* readJsonUnits(chunks: AsyncIterable<Buffer>): AsyncGenerator<ReadItem> {
  const splitter = new JsonArraySplitter();
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}

/**
 * Reads the CSV download: a header row of dotted field names (`forretningsadresse.kommunenummer`)
 * and one unit per record. Empty fields are left out of the unit; values stay strings and
 * validation interprets them. The delimiter is ',' unless the header only has ';'. The header
 * is checked (csv-header.ts) before the first record is yielded.
 */
export async function* readCsvUnits(chunks: AsyncIterable<Buffer>): AsyncGenerator<ReadItem> {
  let splitter: CsvSplitter | null = null;
  let header: string[][] | null = null;
  let row = 0;
  let pendingHead: Buffer | null = null;

  function* handle(pieces: ReturnType<CsvSplitter['push']>): Generator<ReadItem> {
    for (const piece of pieces) {
      if (header === null) {
        if (piece.kind === 'broken') {
          throw new RegisterFileError(`the CSV header is unreadable: ${piece.detail}`);
        }
        const columns = piece.fields.map((name) => name.replace(/^\ufeff/, '').trim());
        checkCsvHeader(columns);
        header = columns.map((name) => name.split('.'));
        continue;
      }
      row++;
      if (piece.kind === 'broken') {
        const orgNumber = sniffOrgNumber(piece.snippet);
        yield {
          kind: 'broken',
          position: { row, byteOffset: piece.byteOffset, line: piece.line },
          detail: piece.detail,
          ...(orgNumber === undefined ? {} : { orgNumber }),
        };
        continue;
      }
      const position = { row, byteOffset: piece.byteOffset, line: piece.line };
      if (piece.fields.length !== header.length) {
        const orgNumber = sniffOrgNumber(piece.fields.join(','));
        yield {
          kind: 'broken',
          position,
          detail: `expected ${header.length} fields, found ${piece.fields.length}`,
          ...(orgNumber === undefined ? {} : { orgNumber }),
        };
        continue;
      }
      yield { kind: 'unit', position, unit: toUnit(header, piece.fields) };
    }
  }

  for await (const chunk of chunks) {
    if (splitter === null) {
      // Choose the delimiter from the first line of the header.
      pendingHead = pendingHead === null ? chunk : Buffer.concat([pendingHead, chunk]);
      const nl = pendingHead.indexOf(0x0a);
      if (nl < 0 && pendingHead.length < 64 * 1024) continue;
      const firstLine = pendingHead.toString('utf8', 0, nl < 0 ? pendingHead.length : nl);
      const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
      splitter = new CsvSplitter({ delimiter });
      yield* handle(splitter.push(pendingHead));
      pendingHead = null;
      continue;
    }
    yield* handle(splitter.push(chunk));
  }
  if (splitter === null) {
    if (pendingHead === null) return;
    splitter = new CsvSplitter();
    yield* handle(splitter.push(pendingHead));
  }
  yield* handle(splitter.end());
}

function toUnit(header: readonly string[][], fields: readonly string[]): RawUnit {
  const unit: Record<string, unknown> = {};
  for (let c = 0; c < header.length; c++) {
    const value = fields[c];
    if (value === undefined || value === '') continue;
    const path = header[c]!;
    let target = unit;
    for (let p = 0; p < path.length - 1; p++) {
      const key = path[p]!;
      let next = target[key];
      if (next === undefined || next === null || typeof next !== 'object') {
        next = {};
        target[key] = next;
      }
      target = next as Record<string, unknown>;
    }
    target[path[path.length - 1]!] = value;
  }
  return unit;
}
