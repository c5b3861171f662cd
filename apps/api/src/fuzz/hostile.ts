import type { SeededRandom } from '@kobling/domain';
import { LIMITS } from '../limits.ts';
import type { EntityPool } from './pool.ts';
import { enumValue, list, object, scalar } from './values.ts';
import type { FuzzValue } from './values.ts';

/*
 * Values a well-behaved client never sends. Each list aims at one kind of mistake in the server:
 * text that breaks storage, escaping or length checks; numbers at the edges of Int, Float and
 * JavaScript; ids that do not decode, decode to nothing, or decode to another type.
 */

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Short hostile text: control characters, broken UTF-16, bidi tricks, injections. */
const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '   \t  ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0003\u001f\u007f',
  '\t\n\r\v\f',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\udc00\ud800',
  '\u202eevil.exe\u202c',
  '\u200f\u200e\u061c\u2066\u2069',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\u2028\u2029',
  '\uffff\ufffe\ufffd',
  '👩‍👩‍👧‍👦🏳️‍🌈🇳🇴',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c',
  'Z\u0336\u0337\u0338\u0335a\u034f\u0489l\u0346g\u0352o',
  'Ærøskøbing Å ø İ ß ﬀ Ⅻ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  "') RETURN 1 //",
  '` MATCH (n) DETACH DELETE n //',
  '$x',
  '{{7*7}}',
  '${7*7}',
  '%00%0a%0d',
  '../../../../etc/passwd',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '\\',
  '"',
  '\\u0000',
  'null',
  'undefined',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x1F',
  '9007199254740993',
  '__proto__',
  'constructor',
  'toString',
  'a'.repeat(201),
  'a'.repeat(257),
];

/** Lengths around the limits that matter: search text, passwords, names, and the body limit. */
const LONG_LENGTHS = [1_000, 10_000, 60_000, LIMITS.maxBodyBytes - 2_000, LIMITS.maxBodyBytes + 1];
const LONG_UNITS = ['a', '🙂', '\u0000', 'e\u0301', '\ud800', 'ø '];

export function hostileString(rng: SeededRandom): string {
  if (rng.chance(0.12)) {
    const unit = rng.pick(LONG_UNITS);
    return unit.repeat(Math.ceil(rng.pick(LONG_LENGTHS) / unit.length));
  }
  return rng.pick(HOSTILE_STRINGS);
}

const INTS = [
  0,
  -1,
  1,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1.5,
  -0.5,
  1e308,
];
const FLOATS = [0, -1, 1e308, -1e308, 5e-324, 2 ** 53, 1.0000000000000002, -1e-7, 1e21];
const NUMBER_LIKE_STRINGS = ['1', '0', 'NaN', 'Infinity', '-Infinity', '', '1e3', '0x10', ' 1 '];

const DAYS = ['', 'nope', '2026-02-30', '2026-13-01', '0000-01-01', '99999-01-01', '2026-1-1'];

const DATE_TIMES = [
  '',
  'nope',
  'NaN',
  '2026-02-30T00:00:00.000Z',
  '2026-13-01T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z',
  '1970-01-01',
  '2026-01-01T00:00:00+14:00',
  '2026-01-01 00:00',
  'Tue, 01 Jan 2030 00:00:00 GMT',
  '2999-01-01T00:00:00.000Z',
];

/**
 * Global ids that are not base64, decode to no type or id, or name something else. Knowing the
 * type the argument wants (`entity`), also well-formed ids of that type that point at nothing:
 * they pass decoding and fail only in the resolver, inside its write transaction.
 */
export function hostileId(
  rng: SeededRandom,
  pool: EntityPool,
  entity: string | null = null,
): string {
  if (entity && rng.chance(0.4)) {
    return b64(`${entity}:${rng.pick([`missing-${rng.int(0, 999)}`, rng.pick(HOSTILE_STRINGS)])}`);
  }
  const types = [...pool.keys.keys()];
  const type = rng.pick(types);
  const key = rng.pick(pool.keys.get(type) ?? ['missing']);
  const otherType = rng.pick(types.filter((t) => t !== type));
  const choices: (() => string)[] = [
    () => rng.pick(['', ' ', 'x', '===', 'not base64!', '%%%', '\u0000', '🙂']),
    () => b64(''),
    () => b64(':'),
    () => b64(`${type}:`),
    () => b64(type),
    () => b64(`:${key}`),
    () => b64(`Nope:${key}`),
    () => b64(`${type.toLowerCase()}:${key}`),
    () => b64(`${otherType}:${key}`),
    () => b64(`${type}:${key}:extra`),
    () => b64(`${type}:${key}\u0000`),
    () => b64(`${type}: ${key}`),
    () => b64(`${type}:${'k'.repeat(rng.pick([300, 5_000, 40_000]))}`),
    () => b64(`${type}:${rng.pick(HOSTILE_STRINGS)}`),
    () => b64('__proto__:x'),
    () => b64('constructor:prototype'),
    () => Buffer.from([0xff, 0xfe, 0x3a, 0xc3, 0x28]).toString('base64'),
    () => Buffer.from(`${type}:${key}`).toString('base64url'),
    () => ` ${b64(`${type}:${key}`)} `,
    () => key,
    () => `${type}:${key}`,
  ];
  return rng.pick(choices)();
}

/** A value of some other JSON type than the one asked for. */
function wrongType(rng: SeededRandom): FuzzValue {
  return rng.pick<() => FuzzValue>([
    () => scalar(rng.pick([0, -1, 2 ** 31, 1.5])),
    () => scalar(rng.chance(0.5)),
    () => scalar(rng.pick(NUMBER_LIKE_STRINGS)),
    () => list([scalar('a'), scalar(1)]),
    () => object([['value', scalar(1)]]),
  ])();
}

/** A hostile value for a leaf type: its own edge cases, now and then a value of another type. */
export function hostileLeaf(
  rng: SeededRandom,
  typeName: string,
  enumValues: readonly string[],
  pool: EntityPool,
  entity: string | null,
): FuzzValue {
  if (rng.chance(0.15)) return wrongType(rng);
  switch (typeName) {
    case 'String':
      return scalar(hostileString(rng));
    case 'ID':
      return scalar(hostileId(rng, pool, entity));
    case 'Int':
      return rng.chance(0.8) ? scalar(rng.pick(INTS)) : scalar(rng.pick(NUMBER_LIKE_STRINGS));
    case 'Float':
      return rng.chance(0.8) ? scalar(rng.pick(FLOATS)) : scalar(rng.pick(NUMBER_LIKE_STRINGS));
    case 'Boolean':
      return scalar(rng.pick<string | number | null>(['true', 'false', 0, 1, '', null]));
    case 'DateTime':
      return rng.chance(0.85)
        ? scalar(rng.pick(DATE_TIMES))
        : scalar(rng.pick([0, -1, 2 ** 53, 8.64e15 + 1]));
    case 'Date':
      return rng.chance(0.85) ? scalar(rng.pick(DAYS)) : scalar(rng.pick([0, -1, true]));
    default:
      return hostileEnum(rng, enumValues);
  }
}

function hostileEnum(rng: SeededRandom, values: readonly string[]): FuzzValue {
  const valid = rng.pick(values.length > 0 ? values : ['X']);
  return rng.pick<() => FuzzValue>([
    () => enumValue(valid.toLowerCase()),
    () => enumValue('NOPE'),
    () => enumValue('__proto__'),
    () => enumValue(`${valid}_`),
    // A string where an enum is expected: accepted in JSON variables, refused as a literal.
    () => scalar(valid),
    () => scalar(''),
    () => scalar(1),
  ])();
}
