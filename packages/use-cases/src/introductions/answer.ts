import { multilineTextSchema } from '@kobling/domain';
import type { IntroductionRow } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import { parseIn } from '../errors.ts';
import type { Viewer } from '../viewer.ts';
import { changeStatus } from './change-status.ts';

const outcomeSchema = multilineTextSchema('Outcome', 1, 500);

/**
 * Accepts or declines a request: only a representative of the receiving actor, only while it
 * is REQUESTED and not past its expiry. Rejects with ForbiddenError, NotFoundError or
 * ConflictError (answered already, expired).
 */
export function respondToIntroduction(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly id: string; readonly accept: boolean },
): Promise<IntroductionRow> {
  return changeStatus(deps, viewer, {
    id: input.id,
    to: input.accept ? 'ACCEPTED' : 'DECLINED',
    allowed: (v, ends) => ends !== null && v.approvedActorIds.has(ends.receiver),
    patch: (now) => ({ respondedAt: now }),
  });
}

/**
 * Records what came of an accepted introduction (MEETING, PROJECT, NO_FIT or free text): a
 * representative of either side, or an admin. Rejects with ForbiddenError, NotFoundError,
 * ValidationError (the outcome text) or ConflictError (not ACCEPTED).
 */
export function recordIntroductionOutcome(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly id: string; readonly outcome: string },
): Promise<IntroductionRow> {
  return changeStatus(deps, viewer, {
    id: input.id,
    to: 'COMPLETED',
    allowed: (v, ends) =>
      v.isAdmin ||
      (ends !== null && [ends.requester, ends.receiver].some((a) => v.approvedActorIds.has(a))),
    patch: (now) => ({ outcome: parseIn(outcomeSchema, input.outcome, 'outcome'), outcomeAt: now }),
  });
}
