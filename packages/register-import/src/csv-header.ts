/**
 * The CSV download's header, checked before any record is read. A CSV record leaves out empty
 * fields, so a column missing from the header looks exactly like a unit without that value: a
 * misspelt `naeringskode1.kode` would import every unit with no NACE code and overwrite stored
 * codes with null. Every column whose value the import writes or filters on must therefore be
 * in the header, once; other columns (descriptions, postal addresses, …) are ignored.
 */
import { RegisterFileError } from './import-errors.ts';

/** Columns the import writes (or decides with) and that the CSV download always has. */
export const REQUIRED_CSV_COLUMNS = [
  'organisasjonsnummer',
  'navn',
  'organisasjonsform.kode',
  'naeringskode1.kode',
  'antallAnsatte',
  'forretningsadresse.kommunenummer',
  'stiftelsesdato',
  'hjemmeside',
  'konkurs',
  'underAvvikling',
  'underTvangsavviklingEllerTvangsopplosning',
] as const;

/**
 * Throws a RegisterFileError naming each missing required column (with the header's closest
 * column, when one is a likely misspelling) and each column that appears twice.
 */
export function checkCsvHeader(columns: readonly string[]): void {
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column) && column !== '') {
      throw new RegisterFileError(
        `the CSV header is not the register's: column "${column}" appears twice`,
      );
    }
    seen.add(column);
  }
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length === 0) return;
  const unknown = columns.filter((c) => !(REQUIRED_CSV_COLUMNS as readonly string[]).includes(c));
  const problems = missing.map((column) => {
    const near = closest(column, unknown);
    return `"${column}"${near === null ? '' : ` (the header has "${near}")`}`;
  });
  throw new RegisterFileError(
    `the CSV header is missing the column${missing.length > 1 ? 's' : ''} ${problems.join(', ')}; ` +
      'nothing was imported, because a missing column would write empty values over stored ones',
  );
}

/** The candidate within a few edits of `name` (a likely misspelling), or null. */
function closest(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
