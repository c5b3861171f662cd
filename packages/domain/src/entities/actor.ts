import { z } from 'zod';
import { ACTOR_KINDS, COMPANY_STAGES, DEFAULT_HELIX, HELICES } from '../enums.ts';
import type { ActorKind } from '../enums.ts';
import { parseOrThrow } from '../errors.ts';
import {
  employeesSchema,
  foundedYearSchema,
  idSchema,
  multilineTextSchema,
  naceCodeSchema,
  slugSchema,
  textSchema,
  urlSchema,
} from '../fields.ts';
import { uuidv7 } from '../ids.ts';
import { orgNumberSchema } from '../org-number.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  opt,
  provenanceCreateShape,
  provenanceShape,
  slugOrDerive,
  timestampsShape,
} from './common.ts';

/** Fields a person may edit; `editedFields` lists those edited by hand. */
export const ACTOR_EDITABLE_FIELDS = [
  'kind',
  'helix',
  'name',
  'slug',
  'description',
  'website',
  'orgNumber',
  'naceCode',
  'employees',
  'foundedYear',
  'isTech',
  'stage',
] as const;
export type ActorEditableField = (typeof ACTOR_EDITABLE_FIELDS)[number];

const f = {
  kind: z.enum(ACTOR_KINDS),
  helix: z.enum(HELICES),
  name: textSchema('Name', 1, 200),
  slug: slugSchema,
  description: multilineTextSchema('Description', 0, 10_000),
  website: urlSchema,
  orgNumber: orgNumberSchema,
  naceCode: naceCodeSchema,
  employees: employeesSchema,
  foundedYear: foundedYearSchema,
  isTech: z.boolean(),
  stage: z.enum(COMPANY_STAGES),
  editedFields: z.array(z.enum(ACTOR_EDITABLE_FIELDS)),
};

/** Company stage describes companies only. */
export function actorStageError(kind: ActorKind, stage: string | null | undefined): string | null {
  if (stage == null || kind === 'COMPANY') return null;
  return `Stage applies only to companies (kind is ${kind})`;
}

function checkStage(
  value: { kind?: ActorKind | undefined; stage?: string | null | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.kind === undefined) return;
  const message = actorStageError(value.kind, value.stage);
  if (message !== null) ctx.addIssue({ code: 'custom', path: ['stage'], message });
}

export const actorSchema = z
  .object({
    id: idSchema,
    kind: f.kind,
    helix: f.helix,
    name: f.name,
    slug: f.slug,
    description: f.description.nullable(),
    website: f.website.nullable(),
    orgNumber: f.orgNumber.nullable(),
    naceCode: f.naceCode.nullable(),
    employees: f.employees.nullable(),
    foundedYear: f.foundedYear.nullable(),
    isTech: f.isTech.nullable(),
    stage: f.stage.nullable(),
    editedFields: f.editedFields.nullable(),
    ...provenanceShape,
    ...timestampsShape,
  })
  .superRefine(checkStage);
export type Actor = z.infer<typeof actorSchema>;

/** Creating an actor: helix defaults from kind, slug from name, id to a new UUIDv7. */
export const actorCreateInput = z
  .strictObject({
    id: idSchema.optional(),
    kind: f.kind,
    helix: f.helix.optional(),
    name: f.name,
    slug: f.slug.optional(),
    description: opt(f.description),
    website: opt(f.website),
    orgNumber: opt(f.orgNumber),
    naceCode: opt(f.naceCode),
    employees: opt(f.employees),
    foundedYear: opt(f.foundedYear),
    isTech: opt(f.isTech),
    stage: opt(f.stage),
    editedFields: f.editedFields.optional(),
    ...provenanceCreateShape,
  })
  .superRefine(checkStage);
export type ActorCreateInput = z.input<typeof actorCreateInput>;
export type ActorCreate = z.output<typeof actorCreateInput>;

/** Changing an actor: any editable field; null clears an optional one. */
export const actorUpdateInput = z
  .strictObject({
    kind: f.kind.optional(),
    helix: f.helix.optional(),
    name: f.name.optional(),
    slug: f.slug.optional(),
    description: f.description.nullable().optional(),
    website: f.website.nullable().optional(),
    orgNumber: f.orgNumber.nullable().optional(),
    naceCode: f.naceCode.nullable().optional(),
    employees: f.employees.nullable().optional(),
    foundedYear: f.foundedYear.nullable().optional(),
    isTech: f.isTech.nullable().optional(),
    stage: f.stage.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD })
  .superRefine(checkStage);
export type ActorUpdateInput = z.input<typeof actorUpdateInput>;
export type ActorUpdate = z.output<typeof actorUpdateInput>;

/** The stored actor for a parsed create input. Throws DomainValidationError. */
export function newActor(input: ActorCreate, now: number): Actor {
  const { id, helix, slug, editedFields, ...rest } = input;
  return parseOrThrow(actorSchema, {
    ...rest,
    id: id ?? uuidv7(now),
    helix: helix ?? DEFAULT_HELIX[input.kind],
    slug: slugOrDerive(slug, input.name, 'name'),
    editedFields: editedFields ?? [],
    createdAt: now,
    updatedAt: now,
  });
}
