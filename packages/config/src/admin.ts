/**
 * The first administrator `npm start` makes sure exists (KOBLING_ADMIN_EMAIL and
 * KOBLING_ADMIN_PASSWORD, together or not at all): the API has no way to make one, by design.
 */
import { z } from 'zod';
import { parseConcern } from './variables.ts';
import type { Parsed, Problem, SetVariables } from './variables.ts';

export interface AdminAccount {
  readonly email: string;
  readonly password: string;
  readonly name: string;
}

const schema = z
  .object({
    KOBLING_ADMIN_EMAIL: z.email('must be an email address').optional(),
    KOBLING_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    KOBLING_ADMIN_NAME: z.string().default('Administrator'),
  })
  .transform((v): AdminAccount | null =>
    v.KOBLING_ADMIN_EMAIL !== undefined && v.KOBLING_ADMIN_PASSWORD !== undefined
      ? {
          email: v.KOBLING_ADMIN_EMAIL,
          password: v.KOBLING_ADMIN_PASSWORD,
          name: v.KOBLING_ADMIN_NAME,
        }
      : null,
  );

const PAIR = ['KOBLING_ADMIN_EMAIL', 'KOBLING_ADMIN_PASSWORD'] as const;

function rules(set: SetVariables): Problem[] {
  const missing = PAIR.filter((field) => set[field] === undefined);
  if (missing.length !== 1) return [];
  const [field] = missing as [string];
  const other = PAIR.find((f) => f !== field) as string;
  return [{ field, message: `is required when ${other} is set (they go together)` }];
}

export function parseAdminAccount(set: SetVariables): Parsed<AdminAccount | null> {
  return parseConcern(schema, set, rules);
}
