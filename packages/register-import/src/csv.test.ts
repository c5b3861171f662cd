import { describe, expect, it } from 'vitest';
import { CsvSplitter } from './csv-splitter.ts';
import type { CsvPiece } from './csv-splitter.ts';
import type { ReadItem } from './raw-unit.ts';
import { readCsvUnits } from './readers.ts';

function split(text: string, size: number): CsvPiece[] {
  const bytes = Buffer.from(text, 'utf8');
  const s = new CsvSplitter({ maxRecordBytes: 2048 });
  const out: CsvPiece[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...s.push(bytes.subarray(i, i + size)));
  out.push(...s.end());
  return out;
}

async function* chunks(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(text: string, size: number): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readCsvUnits(chunks(text, size))) out.push(item);
  return out;
}

const SIZES = [1, 2, 5, 64, 1 << 20];

describe('CsvSplitter', () => {
  it('handles quoted commas, doubled quotes, line breaks in quotes, CRLF and a missing final newline', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\nplain,,"æ🚀"\n\nlast,"",end';
    for (const size of SIZES) {
      const pieces = split(text, size);
      expect(pieces.map((p) => (p.kind === 'record' ? p.fields : p.detail))).toEqual([
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'line1\nline2'],
        ['plain', '', 'æ🚀'],
        ['last', '', 'end'],
      ]);
      expect(pieces.map((p) => p.line)).toEqual([1, 2, 4, 6]);
    }
  });

  it('reports an unterminated quote at the end of the file and one that runs too long, then carries on', () => {
    expect(split('a,b\n1,"open\n', 3).map((p) => p.kind)).toEqual(['record', 'broken']);
    const long = `a,b\n1,"${'x'.repeat(3000)}\n2,ok\n`;
    const pieces = split(long, 100);
    expect(pieces.map((p) => (p.kind === 'record' ? p.fields : 'broken'))).toEqual([
      ['a', 'b'],
      'broken',
      ['2', 'ok'],
    ]);
  });
});

describe('readCsvUnits', () => {
  const columns = [
    'organisasjonsnummer',
    'navn',
    'organisasjonsform.kode',
    'naeringskode1.kode',
    'antallAnsatte',
    'forretningsadresse.kommunenummer',
    'forretningsadresse.kommune',
    'stiftelsesdato',
    'hjemmeside',
    'konkurs',
    'underAvvikling',
    'underTvangsavviklingEllerTvangsopplosning',
  ];
  const header = columns.join(',');
  /** A record with the given leading fields and the rest empty. */
  const record = (...fields: string[]): string =>
    [...fields, ...Array<string>(columns.length - fields.length).fill('')].join(',');

  it('builds nested units from dotted headers and leaves empty fields out', async () => {
    const text = `${header}\n${record('923609016', '"Komma, ""Sitat"" AS"', 'AS', '', '12', '5001', 'TRONDHEIM', '', '', 'false')}\n${record('914778271', 'Tom AS')}\n`;
    for (const size of SIZES) {
      const items = await read(text, size);
      expect(items).toEqual([
        {
          kind: 'unit',
          position: { row: 1, line: 2, byteOffset: header.length + 1 },
          unit: {
            organisasjonsnummer: '923609016',
            navn: 'Komma, "Sitat" AS',
            organisasjonsform: { kode: 'AS' },
            forretningsadresse: { kommunenummer: '5001', kommune: 'TRONDHEIM' },
            antallAnsatte: '12',
            konkurs: 'false',
          },
        },
        expect.objectContaining({
          kind: 'unit',
          unit: { organisasjonsnummer: '914778271', navn: 'Tom AS' },
        }),
      ]);
    }
  });

  it('reports a record with the wrong number of fields with its row, line and org number', async () => {
    const text = `${header}\n${record('923609016', 'A')}\n${record('914778271', 'B')},EXTRA\n${record('982463718', 'C')}\n`;
    const items = await read(text, 4);
    expect(items.map((i) => i.kind)).toEqual(['unit', 'broken', 'unit']);
    expect(items[1]).toMatchObject({
      kind: 'broken',
      position: { row: 2, line: 3 },
      orgNumber: '914778271',
      detail: `expected ${columns.length} fields, found ${columns.length + 1}`,
    });
  });

  it('accepts a semicolon-delimited file', async () => {
    const semicolons = (fields: string[]): string =>
      [...fields, ...Array<string>(columns.length - fields.length).fill('')].join(';');
    const items = await read(`${columns.join(';')}\n${semicolons(['923609016', '"A;B"'])}\n`, 3);
    expect(items).toMatchObject([
      { kind: 'unit', unit: { organisasjonsnummer: '923609016', navn: 'A;B' } },
    ]);
  });

  it('checks the header before the first record: a missing column is an error, extra columns are ignored', async () => {
    const extra = `${header},postadresse.poststed\n${record('923609016', 'A')},OSLO\n`;
    expect(await read(extra, 5)).toMatchObject([{ kind: 'unit' }]);
    const short = `${columns.slice(0, -1).join(',')}\n923609016,A\n`;
    await expect(read(short, 5)).rejects.toThrow(
      'missing the column "underTvangsavviklingEllerTvangsopplosning"',
    );
  });
});
