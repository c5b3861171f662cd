import { randomBytes } from 'node:crypto';

/*
 * UUIDv7 (RFC 9562 §5.7): 48-bit Unix ms timestamp, version 7, 12-bit rand_a, variant 0b10,
 * 62-bit rand_b. rand_a is used as a counter (RFC 9562 §6.2, method 1) so ids made in the same
 * millisecond still sort in creation order: the outbox relies on ids being ordered.
 */
let lastMs = -1;
let counter = 0;

/** A fresh counter start with the top bit clear, leaving at least 2048 increments per ms. */
function counterSeed(): number {
  const b = randomBytes(2);
  return ((b[0]! << 8) | b[1]!) & 0x7ff;
}

/**
 * A new UUIDv7. Monotonic within this process: if the clock stands still or goes back, the
 * previous timestamp is reused and the counter advances; if the counter overflows, the timestamp
 * is bumped by one millisecond.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = counterSeed();
  } else {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = counterSeed();
    }
  }
  const bytes = randomBytes(16);
  // 48-bit timestamp, big-endian. Division, not shifts: JS bit operators are 32-bit.
  let ms = lastMs;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUIDV7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuidv7(value: string): boolean {
  return UUIDV7_PATTERN.test(value);
}

/** The creation time (epoch ms) encoded in a UUIDv7. */
export function uuidv7Timestamp(id: string): number {
  if (!isUuidv7(id)) throw new Error(`Not a UUIDv7: "${id}"`);
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

/*
 * Letters that Unicode normalisation does not decompose into base letter + accent. The
 * Norwegian ones follow the usual transliteration for URLs: æ → ae, ø → o, å → a.
 */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  œ: 'oe',
  ß: 'ss',
  ð: 'd',
  đ: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ŋ: 'ng',
  ħ: 'h',
  '&': ' and ',
};

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL slug: lower case ASCII letters and digits separated by single hyphens, at most
 * SLUG_MAX_LENGTH characters (cut at a hyphen where possible). Returns '' when nothing is left.
 */
export function slugify(text: string): string {
  const slug = transliterate(text);
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_MAX_LENGTH);
}

/**
 * The stable id of a seeded or synthetic fact: the kind, then the slugified parts, e.g.
 * `seedId('actor', 'NTNU TTO')` → `actor-ntnu-tto`, `seedId('actor', 'synthetic', 42)` →
 * `actor-synthetic-42`. The same input always gives the same id, so re-running a seed upserts
 * instead of duplicating. Not length-limited: uniqueness matters more than brevity here.
 */
export function seedId(kind: string, ...parts: readonly (string | number)[]): string {
  const segments = [kind, ...parts].map((p) => {
    const s = transliterate(String(p));
    if (s === '') throw new Error(`seedId: part "${String(p)}" has no letters or digits`);
    return s;
  });
  return segments.join('-');
}

/** Lower-case ASCII words joined by single hyphens, any length. */
function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += TRANSLITERATION[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
