import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from './json-array-splitter.ts';
import type { ReadItem } from './raw-unit.ts';

/** Splits `text` fed in chunks of `size` bytes (so every boundary gets exercised). */
function split(text: string, size: number): ReadItem[] {
  const bytes = Buffer.from(text, 'utf8');
  const splitter = new JsonArraySplitter({ maxElementBytes: 4096 });
  const out: ReadItem[] = [];
  for (let i = 0; i < bytes.length; i += size)
    out.push(...splitter.push(bytes.subarray(i, i + size)));
  out.push(...splitter.end());
  return out;
}

const SIZES = [1, 2, 3, 7, 64, 1 << 20];

function summary(items: ReadItem[]): unknown[] {
  return items.map((i) =>
    i.kind === 'unit'
      ? { row: i.position.row, unit: i.unit }
      : { row: i.position.row, broken: i.detail, org: i.orgNumber },
  );
}

describe('JsonArraySplitter', () => {
  it('splits strings holding brackets, quotes, escapes and multi-byte characters at any chunk size', () => {
    const units = [
      { organisasjonsnummer: '1', navn: 'Brackets [{ ]} }] {' },
      { navn: 'Quote " and \\" backslash \\\\', nested: { a: [1, { b: '}' }], c: null } },
      { navn: 'Ærlig Øl 🚀 \u0000 \n\t end\\' },
      { navn: '', list: [[], {}, [[{}]]], n: -1.5e3, t: true, f: false },
    ];
    const text = ' \n[' + units.map((u) => JSON.stringify(u)).join(' ,\n ') + ']\n';
    for (const size of SIZES) {
      const items = split(text, size);
      expect(items.map((i) => i.kind)).toEqual(['unit', 'unit', 'unit', 'unit']);
      expect(items.map((i) => (i.kind === 'unit' ? i.unit : null))).toEqual(units);
      expect(items.map((i) => i.position.row)).toEqual([1, 2, 3, 4]);
    }
  });

  it('reports byte offsets of elements', () => {
    const text = '[{"a":"æ"},{"b":2}]';
    const items = split(text, 5);
    expect(items.map((i) => i.position.byteOffset)).toEqual([1, Buffer.byteLength('[{"a":"æ"},')]);
  });

  it('reports a truncated element in the middle once and resynchronises on the next element', () => {
    const text =
      '[{"organisasjonsnummer":"923609016","navn":"Good 1"},' +
      '{"organisasjonsnummer":"914778271","navn":"Trunc' +
      ',{"organisasjonsnummer":"982463718","navn":"Good 2 [with] {braces}"},' +
      '{"navn":"Good 3"}]';
    for (const size of SIZES) {
      expect(summary(split(text, size))).toEqual([
        { row: 1, unit: { organisasjonsnummer: '923609016', navn: 'Good 1' } },
        { row: 2, broken: "unexpected 'o' outside a string", org: '914778271' },
        { row: 3, unit: { organisasjonsnummer: '982463718', navn: 'Good 2 [with] {braces}' } },
        { row: 4, unit: { navn: 'Good 3' } },
      ]);
    }
  });

  it('recovers from a missing value, a missing comma between values and an invalid literal', () => {
    const text =
      '[{"a":,"b":1},{"ok":1},{"a":"x" "b":2},{"ok":2},{"a":tru},{"ok":3},{"a":[1}, {"ok":4}]';
    for (const size of SIZES) {
      const items = split(text, size);
      expect(items.map((i) => (i.kind === 'unit' ? i.unit : 'broken'))).toEqual([
        'broken',
        { ok: 1 },
        'broken',
        { ok: 2 },
        'broken',
        { ok: 3 },
        'broken',
        { ok: 4 },
      ]);
      expect(items.map((i) => i.position.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    }
  });

  it('reports an element that is not an object, and garbage between elements', () => {
    const items = split('[{"a":1}, 42, "x", {"b":2}]', 3);
    expect(items.map((i) => (i.kind === 'unit' ? i.unit : 'broken'))).toEqual([
      { a: 1 },
      'broken',
      { b: 2 },
    ]);
  });

  it('treats a file that stops before the closing bracket as truncated, after the elements before the cut', () => {
    for (const [text, where] of [
      ['[{"a":1},{"organisasjonsnummer":"914778271","navn":"cut', 'inside row 2'],
      ['[{"a":1},{"b":2}\n', 'after row 2'],
      ['[{"a":1},{"b":', 'inside row 2'],
    ] as const) {
      for (const size of SIZES) {
        const bytes = Buffer.from(text);
        const splitter = new JsonArraySplitter();
        const items: ReadItem[] = [];
        for (let i = 0; i < bytes.length; i += size)
          items.push(...splitter.push(bytes.subarray(i, i + size)));
        expect(items[0]).toMatchObject({ kind: 'unit', unit: { a: 1 } });
        expect(() => splitter.end()).toThrow(
          `the file ends ${where}, before the closing ']' of the array: it is truncated`,
        );
      }
    }
  });

  it('reports a broken last element whose skip swallowed the closing bracket as a row', () => {
    for (const size of SIZES) {
      const items = split('[{"a":1},{"organisasjonsnummer":"914778271","b":,}]', size);
      expect(summary(items)).toEqual([
        { row: 1, unit: { a: 1 } },
        { row: 2, broken: "unexpected ','", org: '914778271' },
      ]);
    }
  });

  it('bounds an element that never closes and continues after it', () => {
    const huge = '{"navn":"' + 'x'.repeat(10_000);
    const items = split(`[{"a":1},${huge},{"b":2}]`, 100);
    expect(items.map((i) => (i.kind === 'unit' ? i.unit : 'broken'))).toEqual([
      { a: 1 },
      'broken',
      { b: 2 },
    ]);
  });

  it('accepts an empty array and a byte-order mark; rejects a file that is not an array', () => {
    expect(split('\ufeff[ ]', 1)).toEqual([]);
    expect(() => split('{"a":1}', 4)).toThrow(/not a JSON array/);
  });
});
