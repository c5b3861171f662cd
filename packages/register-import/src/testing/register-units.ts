/**
 * Test factory for small, hand-shaped register files: units in the download's shape with valid,
 * never-repeating org numbers (unless a test repeats one on purpose), written as a JSON array,
 * CSV, or gzip of either. The large generated files come from generate-register.ts; these are
 * for the traps a test wants at exact rows.
 */
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { orgNumberCheckDigit } from '@kobling/domain';
import { REQUIRED_CSV_COLUMNS } from '../csv-header.ts';

export type TestUnit = Record<string, unknown>;

let nextPrefix = 92_000_000;

/** A fresh valid org number (mod-11 check digit), different on every call in this process. */
export function testOrgNumber(): string {
  for (;;) {
    const prefix = String(nextPrefix++);
    const check = orgNumberCheckDigit(prefix);
    if (check !== null) return prefix + String(check);
  }
}

/** An active regional unit in Trondheim with a technology NACE code; `patch` overrides fields. */
export function testUnit(patch: TestUnit = {}): TestUnit {
  const organisasjonsnummer = testOrgNumber();
  return {
    organisasjonsnummer,
    navn: `FACTORY ${organisasjonsnummer} AS`,
    organisasjonsform: { kode: 'AS' },
    naeringskode1: { kode: '62.010' },
    antallAnsatte: 5,
    forretningsadresse: { kommunenummer: '5001', kommune: 'TRONDHEIM', landkode: 'NO' },
    stiftelsesdato: '2015-03-01',
    hjemmeside: `www.f${organisasjonsnummer}.no`,
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    ...patch,
  };
}

/** The columns of the register's CSV download the importer reads, as dotted header names. */
export const TEST_CSV_COLUMNS = [...REQUIRED_CSV_COLUMNS, 'forretningsadresse.landkode'] as const;

export function jsonRegister(units: readonly TestUnit[]): string {
  return `[\n${units.map((u) => JSON.stringify(u)).join(',\n')}\n]\n`;
}

/** CSV text; `header` may rename or drop columns (values still come from TEST_CSV_COLUMNS). */
export function csvRegister(
  units: readonly TestUnit[],
  header: readonly string[] = TEST_CSV_COLUMNS,
): string {
  const rows = units.map((u) =>
    TEST_CSV_COLUMNS.slice(0, header.length)
      .map((column) => csvField(valueAt(u, column)))
      .join(','),
  );
  return [header.join(','), ...rows].join('\n') + '\n';
}

/** Writes `text` to `path`, gzip-compressed when `gzip` is set. Returns the bytes written. */
export async function writeRegister(path: string, text: string, gzip = false): Promise<Buffer> {
  const bytes = gzip ? gzipSync(text) : Buffer.from(text, 'utf8');
  await writeFile(path, bytes);
  return bytes;
}

function valueAt(unit: TestUnit, dotted: string): unknown {
  let value: unknown = unit;
  for (const key of dotted.split('.')) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value;
}

function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
