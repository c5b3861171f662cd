import { z } from 'zod';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, OPPORTUNITY_VISIBILITIES } from '../enums.ts';
import { parseOrThrow } from '../errors.ts';
import {
  epochMsSchema,
  expiryError,
  idSchema,
  multilineTextSchema,
  textSchema,
} from '../fields.ts';
import { uuidv7 } from '../ids.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  opt,
  provenanceCreateShape,
  provenanceShape,
  timestampsShape,
} from './common.ts';

const f = {
  kind: z.enum(OPPORTUNITY_KINDS),
  title: textSchema('Title', 1, 200),
  body: multilineTextSchema('Body', 0, 10_000),
  status: z.enum(OPPORTUNITY_STATUSES),
  visibility: z.enum(OPPORTUNITY_VISIBILITIES),
  expiresAt: epochMsSchema('expiresAt'),
  closedAt: epochMsSchema('closedAt'),
};

export const opportunitySchema = z
  .object({
    id: idSchema,
    kind: f.kind,
    title: f.title,
    body: f.body.nullable(),
    status: f.status,
    visibility: f.visibility,
    expiresAt: f.expiresAt.nullable(),
    closedAt: f.closedAt.nullable(),
    ...provenanceShape,
    ...timestampsShape,
  })
  .superRefine((o, ctx) => {
    const expiry = expiryError(o.createdAt, o.expiresAt);
    if (expiry !== null) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: expiry });
    if (o.status === 'CLOSED' && o.closedAt === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedAt'],
        message: 'A closed opportunity needs closedAt',
      });
    }
    if (o.closedAt !== null && o.closedAt < o.createdAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedAt'],
        message: `closedAt ${new Date(o.closedAt).toISOString()} is before creation ${new Date(o.createdAt).toISOString()}`,
      });
    }
  });
export type Opportunity = z.infer<typeof opportunitySchema>;

/** The expiry of a new opportunity must lie after now, when it is created. */
function checkExpiryFromNow(
  value: { expiresAt?: number | null | undefined },
  ctx: z.RefinementCtx,
): void {
  const message = expiryError(Date.now(), value.expiresAt);
  if (message !== null) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message });
}

/** A new opportunity is OPEN; it is PUBLIC unless asked otherwise. */
export const opportunityCreateInput = z
  .strictObject({
    id: idSchema.optional(),
    kind: f.kind,
    title: f.title,
    body: opt(f.body),
    visibility: f.visibility.default('PUBLIC'),
    expiresAt: opt(f.expiresAt),
    ...provenanceCreateShape,
  })
  .superRefine(checkExpiryFromNow);
export type OpportunityCreateInput = z.input<typeof opportunityCreateInput>;
export type OpportunityCreate = z.output<typeof opportunityCreateInput>;

/**
 * Closing sets status CLOSED; the caller sets closedAt with it (the stored schema insists).
 * A new expiry must lie in the future.
 */
export const opportunityUpdateInput = z
  .strictObject({
    kind: f.kind.optional(),
    title: f.title.optional(),
    body: f.body.nullable().optional(),
    status: f.status.optional(),
    visibility: f.visibility.optional(),
    expiresAt: f.expiresAt.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD })
  .superRefine(checkExpiryFromNow);
export type OpportunityUpdateInput = z.input<typeof opportunityUpdateInput>;
export type OpportunityUpdate = z.output<typeof opportunityUpdateInput>;

export function newOpportunity(input: OpportunityCreate, now: number): Opportunity {
  const { id, ...rest } = input;
  return parseOrThrow(opportunitySchema, {
    ...rest,
    id: id ?? uuidv7(now),
    status: 'OPEN',
    closedAt: null,
    createdAt: now,
    updatedAt: now,
  });
}
