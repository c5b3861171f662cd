import { z } from 'zod';
import { CLUSTER_LEVELS } from '../enums.ts';
import { parseOrThrow } from '../errors.ts';
import {
  countSchema,
  idSchema,
  multilineTextSchema,
  slugSchema,
  textSchema,
  urlSchema,
  yearSchema,
} from '../fields.ts';
import { uuidv7 } from '../ids.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  opt,
  provenanceCreateShape,
  provenanceShape,
  slugOrDerive,
  timestampsShape,
} from './common.ts';
import { checkYearRange } from './year-range.ts';

const f = {
  slug: slugSchema,
  name: textSchema('Name', 1, 200),
  level: z.enum(CLUSTER_LEVELS),
  theme: textSchema('Theme', 0, 200),
  description: multilineTextSchema('Description', 0, 10_000),
  website: urlSchema,
  startYear: yearSchema('Start year'),
  endYear: yearSchema('End year'),
  reportedMembers: countSchema('Reported members'),
};

export const clusterSchema = z
  .object({
    id: idSchema,
    slug: f.slug,
    name: f.name,
    level: f.level,
    theme: f.theme.nullable(),
    description: f.description.nullable(),
    website: f.website.nullable(),
    startYear: f.startYear.nullable(),
    endYear: f.endYear.nullable(),
    reportedMembers: f.reportedMembers.nullable(),
    ...provenanceShape,
    ...timestampsShape,
  })
  .superRefine(checkYearRange);
export type Cluster = z.infer<typeof clusterSchema>;

export const clusterCreateInput = z
  .strictObject({
    id: idSchema.optional(),
    slug: f.slug.optional(),
    name: f.name,
    level: f.level,
    theme: opt(f.theme),
    description: opt(f.description),
    website: opt(f.website),
    startYear: opt(f.startYear),
    endYear: opt(f.endYear),
    reportedMembers: opt(f.reportedMembers),
    ...provenanceCreateShape,
  })
  .superRefine(checkYearRange);
export type ClusterCreateInput = z.input<typeof clusterCreateInput>;
export type ClusterCreate = z.output<typeof clusterCreateInput>;

export const clusterUpdateInput = z
  .strictObject({
    slug: f.slug.optional(),
    name: f.name.optional(),
    level: f.level.optional(),
    theme: f.theme.nullable().optional(),
    description: f.description.nullable().optional(),
    website: f.website.nullable().optional(),
    startYear: f.startYear.nullable().optional(),
    endYear: f.endYear.nullable().optional(),
    reportedMembers: f.reportedMembers.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD })
  .superRefine(checkYearRange);
export type ClusterUpdateInput = z.input<typeof clusterUpdateInput>;
export type ClusterUpdate = z.output<typeof clusterUpdateInput>;

export function newCluster(input: ClusterCreate, now: number): Cluster {
  const { id, slug, ...rest } = input;
  return parseOrThrow(clusterSchema, {
    ...rest,
    id: id ?? uuidv7(now),
    slug: slugOrDerive(slug, input.name, 'name'),
    createdAt: now,
    updatedAt: now,
  });
}
