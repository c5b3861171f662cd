import { orgNumberCheckDigit } from '@kobling/domain';
import type { SeededRandom } from '@kobling/domain';
import { encodeCursor } from '@kobling/graph';
import { TEST_PASSWORD } from '../testing/fixture.ts';
import type { EntityPool } from './pool.ts';
import { enumValue, scalar } from './values.ts';
import type { FuzzValue } from './values.ts';

/*
 * Values a real client would send, guessed from the argument's name and type: ids of existing
 * entities of the type the name suggests, slugs, municipality codes, valid organisation numbers,
 * the callers' emails with the test password. A request made of these gets past validation into
 * the resolvers and the store, where a late failure could leave half a write behind.
 */

/** Which node type an argument names; the field name decides for a bare `id`. */
const ENTITY_HINTS: readonly (readonly [RegExp, string])[] = [
  [/opportunit/i, 'Opportunity'],
  [/introduction/i, 'Introduction'],
  [/technolog|origins/i, 'Technology'],
  [/milestone/i, 'Milestone'],
  [/cluster/i, 'Cluster'],
  [/person|people/i, 'Person'],
  [/user/i, 'User'],
  [/topic/i, 'Topic'],
  [/project/i, 'Project'],
  [/municipalit/i, 'Municipality'],
  [/actor|postedby|participants|onbehalfof|seeker/i, 'Actor'],
];

export function entityFor(argName: string, fieldName: string): string | null {
  const named = (text: string) => ENTITY_HINTS.find(([pattern]) => pattern.test(text))?.[1];
  if (/^ids?$/i.test(argName)) return named(fieldName) ?? null;
  // `origins` filters technologies by their origin actors, not by technologies.
  if (/^origins$/i.test(argName)) return 'Actor';
  return named(argName) ?? null;
}

const WORDS = ['havbruk', 'ocean', 'energi', 'AI', 'NTNU', 'batteri', 'helse', 'sjømat', 'robot'];
const PAST = ['2024-03-01T12:00:00.000Z', '2020-01-01T00:00:00.000Z', '2025-06-30T08:15:00.000Z'];
const FUTURE = ['2099-01-01T00:00:00.000Z', '2030-05-17T00:00:00.000Z'];
const DAYS = ['2020-12-31', '2024-03-01', '2025-06-30'];

function orgNumber(rng: SeededRandom): string {
  for (;;) {
    const firstEight = String(rng.int(80_000_000, 99_999_999));
    const check = orgNumberCheckDigit(firstEight);
    if (check !== null) return `${firstEight}${check}`;
  }
}

function plausibleString(rng: SeededRandom, name: string, pool: EntityPool): string {
  const n = rng.int(0, 999_999);
  const lower = name.toLowerCase();
  if (lower === 'email') return rng.chance(0.3) ? rng.pick(pool.emails) : `fuzz${n}@example.test`;
  if (lower === 'password') return rng.chance(0.7) ? TEST_PASSWORD : `fuzz password ${n}`;
  if (lower === 'slug') return rng.chance(0.3) ? rng.pick(pool.slugs) : `fuzz-${n}`;
  if (lower === 'orgnumber')
    return rng.chance(0.3) && pool.orgNumbers.length > 0
      ? rng.pick(pool.orgNumbers)
      : orgNumber(rng);
  if (lower.startsWith('municipalit')) return rng.pick(pool.municipalityCodes);
  if (lower === 'website') return `https://fuzz${n}.example.test`;
  if (lower === 'nacecode') return rng.pick(['62.010', '72.190', '03.211']);
  if (lower === 'outcome') return rng.pick(['MEETING', 'PROJECT', 'NO_FIT', 'We met twice']);
  if (lower === 'role') return rng.pick(['Daglig leder', 'CTO', 'Forsker']);
  if (lower === 'path') return rng.pick(['enheter.json', 'brreg/enheter.csv.gz', 'missing.json']);
  if (lower === 'after' || lower === 'before')
    return encodeCursor({ key: rng.pick(WORDS), id: rng.pick([...pool.keys.values()].flat()) });
  if (lower === 'topics') return rng.pick(pool.slugs);
  // SearchFilters takes kinds and stages of several types as strings.
  if (lower === 'kind') return rng.pick(['COMPANY', 'INSTITUTION', 'NEED', 'OFFER']);
  if (lower === 'stage') return rng.pick(['STARTUP', 'SCALEUP', 'DISCLOSURE', 'ON_MARKET']);
  if (lower === 'name' || lower === 'title') return `Fuzz ${rng.pick(WORDS)} ${n}`;
  return rng.chance(0.5) ? rng.pick(WORDS) : `${rng.pick(WORDS)} ${rng.pick(WORDS)} ${n}`;
}

function plausibleInt(rng: SeededRandom, name: string): number {
  const lower = name.toLowerCase();
  if (lower === 'first') return rng.int(1, 20);
  if (lower.startsWith('trl')) return rng.int(1, 9);
  if (lower === 'employees') return rng.int(0, 5_000);
  if (lower === 'foundedyear') return rng.int(1950, 2024);
  if (lower === 'length') return rng.int(0, 400);
  return rng.int(0, 10);
}

/**
 * A plausible value of a leaf type. `argName` is the argument or input field; `fieldName` the
 * root field it belongs to (for a bare `id`).
 */
export function plausibleLeaf(
  rng: SeededRandom,
  typeName: string,
  enumValues: readonly string[],
  names: { readonly argName: string; readonly fieldName: string },
  pool: EntityPool,
): FuzzValue {
  switch (typeName) {
    case 'ID': {
      const entity = entityFor(names.argName, names.fieldName);
      const ids = entity ? pool.ids.get(entity) : undefined;
      return scalar(rng.pick(ids && ids.length > 0 ? ids : [...pool.ids.values()].flat()));
    }
    case 'String':
      return scalar(plausibleString(rng, names.argName, pool));
    case 'Int':
      return scalar(plausibleInt(rng, names.argName));
    case 'Float':
      return scalar(Math.round(rng.next() * 100) / 100);
    case 'Boolean':
      return scalar(rng.chance(0.5));
    case 'DateTime':
      return scalar(rng.pick(/expire/i.test(names.argName) ? FUTURE : PAST));
    case 'Date':
      return scalar(rng.pick(DAYS));
    default:
      return enumValue(rng.pick(enumValues));
  }
}
