import { z } from 'zod';
import { DomainValidationError, parseOrThrow } from '../errors.ts';
import { epochMsSchema, idSchema, multilineTextSchema } from '../fields.ts';
import { uuidv7 } from '../ids.ts';
import { type MilestonePoint, validateMilestone } from '../milestones.ts';
import { trlSchema } from '../trl.ts';
import { opt, provenanceCreateShape, provenanceShape } from './common.ts';
import { technologyStageSchema } from './technology.ts';

const f = {
  stage: technologyStageSchema,
  trl: trlSchema,
  at: epochMsSchema('at'),
  note: multilineTextSchema('Note', 0, 2000),
};

export const milestoneSchema = z.object({
  id: idSchema,
  stage: f.stage,
  trl: f.trl,
  at: f.at,
  note: f.note.nullable(),
  ...provenanceShape,
});
export type Milestone = z.infer<typeof milestoneSchema>;

/** Milestones are history: they are added, never edited, so there is no update input. */
export const milestoneCreateInput = z.strictObject({
  id: idSchema.optional(),
  stage: f.stage,
  trl: f.trl,
  at: f.at,
  note: opt(f.note),
  ...provenanceCreateShape,
});
export type MilestoneCreateInput = z.input<typeof milestoneCreateInput>;
export type MilestoneCreate = z.output<typeof milestoneCreateInput>;

/**
 * The stored milestone for a parsed input, after checking it against the technology's history
 * with validateMilestone. Throws DomainValidationError listing every broken rule.
 */
export function newMilestone(
  input: MilestoneCreate,
  history: readonly MilestonePoint[],
  now: number,
): Milestone {
  const issues = validateMilestone(history, input, now);
  if (issues.length > 0) throw new DomainValidationError(issues);
  const { id, ...rest } = input;
  return parseOrThrow(milestoneSchema, { ...rest, id: id ?? uuidv7(now) });
}
