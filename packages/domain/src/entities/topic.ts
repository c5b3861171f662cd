import { z } from 'zod';
import { parseOrThrow } from '../errors.ts';
import { countSchema, idSchema, slugSchema, textSchema } from '../fields.ts';
import { uuidv7 } from '../ids.ts';
import {
  AT_LEAST_ONE_FIELD,
  hasSomeField,
  provenanceCreateShape,
  provenanceShape,
  slugOrDerive,
} from './common.ts';

const synonym = textSchema('Synonym', 1, 100).overwrite((s) => s.toLowerCase());

const f = {
  slug: slugSchema,
  name: textSchema('Name', 1, 100),
  nameNb: textSchema('Bokmål name', 1, 100),
  synonyms: z.array(synonym),
  actorCount: countSchema('Actor count'),
};

export const topicSchema = z.object({
  id: idSchema,
  slug: f.slug,
  name: f.name,
  nameNb: f.nameNb,
  synonyms: f.synonyms.nullable(),
  actorCount: f.actorCount.nullable(),
  ...provenanceShape,
});
export type Topic = z.infer<typeof topicSchema>;

/** actorCount is kept current by the graph, so it is not part of the input. */
export const topicCreateInput = z.strictObject({
  id: idSchema.optional(),
  slug: f.slug.optional(),
  name: f.name,
  nameNb: f.nameNb,
  synonyms: f.synonyms.default([]),
  ...provenanceCreateShape,
});
export type TopicCreateInput = z.input<typeof topicCreateInput>;
export type TopicCreate = z.output<typeof topicCreateInput>;

export const topicUpdateInput = z
  .strictObject({
    slug: f.slug.optional(),
    name: f.name.optional(),
    nameNb: f.nameNb.optional(),
    synonyms: f.synonyms.nullable().optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD });
export type TopicUpdateInput = z.input<typeof topicUpdateInput>;
export type TopicUpdate = z.output<typeof topicUpdateInput>;

export function newTopic(input: TopicCreate, now: number): Topic {
  const { id, slug, ...rest } = input;
  return parseOrThrow(topicSchema, {
    ...rest,
    id: id ?? uuidv7(now),
    slug: slugOrDerive(slug, input.name, 'name'),
    actorCount: 0,
  });
}
