import { z } from 'zod';
import { TECHNOLOGY_STAGES } from '../enums.ts';
import { parseOrThrow } from '../errors.ts';
import { idSchema, multilineTextSchema, slugSchema, textSchema } from '../fields.ts';
import { uuidv7 } from '../ids.ts';
import { trlSchema } from '../trl.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  opt,
  provenanceCreateShape,
  provenanceShape,
  slugOrDerive,
  timestampsShape,
} from './common.ts';

export const technologyStageSchema = z.enum(TECHNOLOGY_STAGES);

const f = {
  slug: slugSchema,
  title: textSchema('Title', 1, 300),
  summary: multilineTextSchema('Summary', 0, 10_000),
  trl: trlSchema,
  stage: technologyStageSchema,
};

export const technologySchema = z.object({
  id: idSchema,
  slug: f.slug,
  title: f.title,
  summary: f.summary.nullable(),
  trl: f.trl,
  stage: f.stage,
  ...provenanceShape,
  ...timestampsShape,
});
export type Technology = z.infer<typeof technologySchema>;

/** A new technology starts at disclosure unless an importer knows better. */
export const technologyCreateInput = z.strictObject({
  id: idSchema.optional(),
  slug: f.slug.optional(),
  title: f.title,
  summary: opt(f.summary),
  trl: f.trl,
  stage: f.stage.default('DISCLOSURE'),
  ...provenanceCreateShape,
});
export type TechnologyCreateInput = z.input<typeof technologyCreateInput>;
export type TechnologyCreate = z.output<typeof technologyCreateInput>;

/**
 * trl and stage are not here on purpose: they change only by adding a milestone (see
 * validateMilestone), so the technology always agrees with its latest milestone.
 */
export const technologyUpdateInput = z
  .strictObject({
    slug: f.slug.optional(),
    title: f.title.optional(),
    summary: f.summary.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD });
export type TechnologyUpdateInput = z.input<typeof technologyUpdateInput>;
export type TechnologyUpdate = z.output<typeof technologyUpdateInput>;

export function newTechnology(input: TechnologyCreate, now: number): Technology {
  const { id, slug, ...rest } = input;
  return parseOrThrow(technologySchema, {
    ...rest,
    id: id ?? uuidv7(now),
    slug: slugOrDerive(slug, input.title, 'title'),
    createdAt: now,
    updatedAt: now,
  });
}
