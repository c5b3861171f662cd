import { z } from 'zod';
import { SOURCES } from '../enums.ts';
import { DomainValidationError, parseOrThrow } from '../errors.ts';
import { epochMsSchema, textSchema } from '../fields.ts';
import { slugify } from '../ids.ts';

export const sourceSchema = z.enum(SOURCES);
export const sourceRefSchema = textSchema('Source reference', 1, 2048);

/** Provenance as stored: every seeded or imported fact says where it comes from. */
export const provenanceShape = {
  source: sourceSchema,
  sourceRef: sourceRefSchema.nullable(),
} as const;

/** Provenance on create: user-entered unless an importer or seed says otherwise. */
export const provenanceCreateShape = {
  source: sourceSchema.default('user'),
  sourceRef: sourceRefSchema.nullable().default(null),
} as const;

export const timestampsShape = {
  createdAt: epochMsSchema('createdAt'),
  updatedAt: epochMsSchema('updatedAt'),
} as const;

/** An optional property on create: may be left out or null, and is null when stored. */
export function opt<S extends z.ZodType>(schema: S) {
  return schema.nullable().default(null);
}

export const AT_LEAST_ONE_FIELD = 'An update must change at least one field';

/** An update must change something: at least one key with a defined value. */
export function hasSomeField(value: object): boolean {
  return Object.values(value).some((v) => v !== undefined);
}

/** Keys of `patch` whose value is not undefined, copied over `entity`. */
export function merge<T extends object>(entity: T, patch: object): T {
  const out = { ...entity } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) out[key] = value;
  return out as T;
}

/**
 * Apply a parsed update to a stored entity and re-validate the result as a whole, so rules that
 * span fields (start ≤ end year, stage only for companies) hold after the change. Sets
 * updatedAt when the entity has one. Throws DomainValidationError.
 */
export function applyUpdate<S extends z.ZodType>(
  schema: S,
  entity: z.output<S>,
  patch: object,
  now: number,
): z.output<S> {
  const merged = merge(entity as Record<string, unknown>, patch);
  if ('updatedAt' in merged) merged.updatedAt = now;
  return parseOrThrow(schema, merged);
}

/** The given slug, or one derived from a name; an error on `slug` when nothing is left. */
export function slugOrDerive(slug: string | undefined, from: string, fromField: string): string {
  if (slug !== undefined) return slug;
  const derived = slugify(from);
  if (derived === '') {
    throw new DomainValidationError([
      {
        path: ['slug'],
        message: `Cannot derive a slug from ${fromField} "${from}"; give a slug`,
      },
    ]);
  }
  return derived;
}
