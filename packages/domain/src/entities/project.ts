import { z } from 'zod';
import { parseOrThrow } from '../errors.ts';
import { idSchema, multilineTextSchema, textSchema, yearSchema } from '../fields.ts';
import { uuidv7 } from '../ids.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  opt,
  provenanceCreateShape,
  provenanceShape,
  timestampsShape,
} from './common.ts';
import { checkYearRange } from './year-range.ts';

const f = {
  title: textSchema('Title', 1, 300),
  summary: multilineTextSchema('Summary', 0, 10_000),
  funder: textSchema('Funder', 0, 200),
  startYear: yearSchema('Start year'),
  endYear: yearSchema('End year'),
};

export const projectSchema = z
  .object({
    id: idSchema,
    title: f.title,
    summary: f.summary.nullable(),
    funder: f.funder.nullable(),
    startYear: f.startYear.nullable(),
    endYear: f.endYear.nullable(),
    ...provenanceShape,
    ...timestampsShape,
  })
  .superRefine(checkYearRange);
export type Project = z.infer<typeof projectSchema>;

export const projectCreateInput = z
  .strictObject({
    id: idSchema.optional(),
    title: f.title,
    summary: opt(f.summary),
    funder: opt(f.funder),
    startYear: opt(f.startYear),
    endYear: opt(f.endYear),
    ...provenanceCreateShape,
  })
  .superRefine(checkYearRange);
export type ProjectCreateInput = z.input<typeof projectCreateInput>;
export type ProjectCreate = z.output<typeof projectCreateInput>;

export const projectUpdateInput = z
  .strictObject({
    title: f.title.optional(),
    summary: f.summary.nullable().optional(),
    funder: f.funder.nullable().optional(),
    startYear: f.startYear.nullable().optional(),
    endYear: f.endYear.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD })
  .superRefine(checkYearRange);
export type ProjectUpdateInput = z.input<typeof projectUpdateInput>;
export type ProjectUpdate = z.output<typeof projectUpdateInput>;

export function newProject(input: ProjectCreate, now: number): Project {
  const { id, ...rest } = input;
  return parseOrThrow(projectSchema, {
    ...rest,
    id: id ?? uuidv7(now),
    createdAt: now,
    updatedAt: now,
  });
}
