import { multilineTextSchema } from '@kobling/domain';
import type { IntroductionRow } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import { parseIn } from '../errors.ts';
import { notifyRepresentatives } from '../mail/queue.ts';
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
    // The asking side hears the answer; a yes names who said it, to write to (double opt-in).
    then: async (tx, _row, ends, now) => {
      const { graph } = deps;
      const [from, to] = await graph.actors.nodes.getMany(tx, [ends.requester, ends.receiver]);
      const who = input.accept ? viewer.user : null;
      await notifyRepresentatives(tx, graph, now, ends.requester, 'INTRODUCTION_ANSWERED', {
        fromActor: from?.name ?? ends.requester,
        toActor: to?.name ?? ends.receiver,
        accepted: input.accept,
        contactName: who?.name ?? null,
        contactEmail: who?.email ?? null,
      });
    },
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
