import { z } from 'zod';
import { parseOrThrow } from '../errors.ts';
import {
  emailSchema,
  epochMsSchema,
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
  name: textSchema('Name', 1, 200),
  title: textSchema('Title', 0, 200),
  email: emailSchema,
  expertise: multilineTextSchema('Expertise', 0, 2000),
  listed: z.boolean(),
  consentAt: epochMsSchema('consentAt'),
};

/** A person is listed publicly only with recorded consent (DESIGN §11). */
export function personConsentError(
  listed: boolean | undefined,
  consentAt: number | null | undefined,
): string | null {
  return listed === true && consentAt == null
    ? 'A person can be listed only with consent: consentAt is missing'
    : null;
}

function checkConsent(
  value: { listed?: boolean | undefined; consentAt?: number | null | undefined },
  ctx: z.RefinementCtx,
): void {
  const message = personConsentError(value.listed, value.consentAt);
  if (message !== null) ctx.addIssue({ code: 'custom', path: ['consentAt'], message });
}

export const personSchema = z
  .object({
    id: idSchema,
    name: f.name,
    title: f.title.nullable(),
    email: f.email.nullable(),
    expertise: f.expertise.nullable(),
    listed: f.listed,
    consentAt: f.consentAt.nullable(),
    ...provenanceShape,
    ...timestampsShape,
  })
  .superRefine(checkConsent);
export type Person = z.infer<typeof personSchema>;

export const personCreateInput = z
  .strictObject({
    id: idSchema.optional(),
    name: f.name,
    title: opt(f.title),
    email: opt(f.email),
    expertise: opt(f.expertise),
    listed: f.listed.default(false),
    consentAt: opt(f.consentAt),
    ...provenanceCreateShape,
  })
  .superRefine(checkConsent);
export type PersonCreateInput = z.input<typeof personCreateInput>;
export type PersonCreate = z.output<typeof personCreateInput>;

/** Listing and consent change together; the merged result is checked by applyUpdate. */
export const personUpdateInput = z
  .strictObject({
    name: f.name.optional(),
    title: f.title.nullable().optional(),
    email: f.email.nullable().optional(),
    expertise: f.expertise.nullable().optional(),
    listed: f.listed.optional(),
    consentAt: f.consentAt.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD });
export type PersonUpdateInput = z.input<typeof personUpdateInput>;
export type PersonUpdate = z.output<typeof personUpdateInput>;

export function newPerson(input: PersonCreate, now: number): Person {
  const { id, ...rest } = input;
  return parseOrThrow(personSchema, {
    ...rest,
    id: id ?? uuidv7(now),
    createdAt: now,
    updatedAt: now,
  });
}
