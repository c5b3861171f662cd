import { describe, expect, it } from 'vitest';
import { isUuidv7, seedId, slugify, uuidv7, uuidv7Timestamp } from './ids.ts';

describe('uuidv7', () => {
  it('has the version and variant bits and encodes the time', () => {
    const at = Date.UTC(2025, 0, 2, 3, 4, 5, 678);
    const id = uuidv7(at + 10_000_000);
    expect(isUuidv7(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(uuidv7Timestamp(id)).toBeGreaterThanOrEqual(at + 10_000_000);
  });

  it('is unique and strictly increasing within one millisecond', () => {
    const now = Date.now() + 20_000_000;
    const ids = Array.from({ length: 10_000 }, () => uuidv7(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('stays ordered when the clock goes back', () => {
    const now = Date.now() + 30_000_000;
    const a = uuidv7(now);
    const b = uuidv7(now - 5_000);
    expect(b > a).toBe(true);
  });

  it('rejects what is not a UUIDv7', () => {
    expect(isUuidv7('6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(false);
    expect(() => uuidv7Timestamp('nope')).toThrow('Not a UUIDv7: "nope"');
  });
});

describe('slugify', () => {
  it.each([
    ['Trondheim Tech Port', 'trondheim-tech-port'],
    ['Blåbær Øl & Ærlig', 'blabaer-ol-and-aerlig'],
    ['ÆØÅ æøå', 'aeoa-aeoa'],
    ['Institutt for teknisk kybernetikk (ITK)', 'institutt-for-teknisk-kybernetikk-itk'],
    ['Café Müller – Señor Straße', 'cafe-muller-senor-strasse'],
    ['Séverin Café', 'severin-cafe'],
    ['Łódź Đakovo', 'lodz-dakovo'],
    ['  --Spark* NTNU--  ', 'spark-ntnu'],
    ['NCE Aquatech Cluster', 'nce-aquatech-cluster'],
    ['!!!', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('cuts long slugs at a hyphen, at most 80 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('word-word')).toBe(true);
  });
});

describe('seedId', () => {
  it('is deterministic and slug-like', () => {
    expect(seedId('actor', 'NTNU TTO')).toBe('actor-ntnu-tto');
    expect(seedId('actor', 'NTNU TTO')).toBe(seedId('actor', 'NTNU TTO'));
    expect(seedId('actor', 'synthetic', 42)).toBe('actor-synthetic-42');
    expect(seedId('municipality', 'Stjørdal')).toBe('municipality-stjordal');
  });

  it('refuses parts with nothing to slug', () => {
    expect(() => seedId('actor', '???')).toThrow('seedId: part "???" has no letters or digits');
  });
});
