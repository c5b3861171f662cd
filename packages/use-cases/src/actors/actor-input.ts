import {
  DomainValidationError,
  actorSchema,
  issuesFromZodError,
  municipalityCodeSchema,
  uuidv7,
} from '@kobling/domain';
import type { ActorRow } from '@kobling/graph';
import { z } from 'zod';

/*
 * Input rules of actor edits that the domain's entity schemas do not hold: the municipality is
 * a relationship, topics are weighted links, and an update is checked as a whole.
 */

/** A municipality code as given: undefined leaves it, null clears it. */
export function parseMunicipality(code: string | null | undefined): string | null | undefined {
  if (code === undefined || code === null) return code;
  const result = municipalityCodeSchema.safeParse(code);
  if (!result.success) {
    throw new DomainValidationError(
      result.error.issues.map((i) => ({ path: ['municipalityCode'], message: i.message })),
    );
  }
  return result.data;
}

export const topicWeightsSchema = z
  .array(
    z.object({
      topicId: z.string(),
      weight: z
        .number()
        .min(0, { error: 'Weight must be 0–1' })
        .max(1, { error: 'Weight must be 0–1' }),
    }),
  )
  .max(50, { error: 'At most 50 topics' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.topicId))
        ctx.addIssue({ code: 'custom', path: [i, 'topic'], message: 'Topic listed twice' });
      seen.add(item.topicId);
    });
  });

/**
 * The actor after the patch, checked as a whole so rules across fields hold (stage only for
 * companies). Only problems the patch is responsible for are reported: seeded and imported
 * rows predate some rules (ids like "actor:ntnu", empty sourceRef) and must stay editable.
 */
export function checkedUpdate(
  current: ActorRow,
  patch: Record<string, unknown>,
  now: number,
): ActorRow {
  const merged: ActorRow = { ...current, ...patch, updatedAt: now };
  const result = actorSchema.safeParse({ ...merged, id: uuidv7(now) });
  if (result.success) return merged;
  const touched = new Set(Object.keys(patch));
  if (touched.has('kind')) touched.add('stage');
  const issues = issuesFromZodError(result.error).filter((i) => touched.has(i.path[0] ?? ''));
  if (issues.length > 0) throw new DomainValidationError(issues);
  return merged;
}
