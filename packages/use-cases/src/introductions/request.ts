import { introductionCreateInput, newIntroduction, parseOrThrow } from '@kobling/domain';
import type { IntroductionRow, QueryExecutor } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import {
  ConflictError,
  NotFoundError,
  forbidden,
  requireConfirmedAddress,
  storeErrorsTyped,
  validationError,
} from '../errors.ts';
import { notifyRepresentatives } from '../mail/queue.ts';
import type { Viewer } from '../viewer.ts';
import { maySeeOpportunity } from '../visibility.ts';

export interface IntroductionRequest {
  readonly fromActorId: string;
  readonly toActorId: string;
  readonly viaActorId: string | null;
  readonly aboutOpportunityId: string | null;
  readonly message: string | null;
  /** Asked from a suggestion for this need: the request keeps its score and explanation. */
  readonly fromSuggestion: SuggestionNeed | null;
}

export interface SuggestionNeed {
  readonly needText: string | null;
  readonly needTopicIds: readonly string[];
}

/** What an introduction keeps of the suggestion it was asked from. */
export interface KeptSuggestion {
  readonly explanation: string;
  /** 0–100. */
  readonly score: number;
}

/** Scores and explains one pair as matchmaking shows it; null when it is no candidate. */
export type ExplainPair = (
  fromActorId: string,
  toActorId: string,
  need: SuggestionNeed,
) => KeptSuggestion | null;

export interface RequestIntroductionDeps extends UseCaseDeps {
  /** How long an unanswered request stays open (ms). */
  readonly introductionExpiryMs: number;
  /**
   * The explainer over the matchmaking state the asker was shown, asked for only when the
   * request comes from a suggestion: the kept explanation is recomputed here, never taken from
   * the client, so it cannot be forged.
   */
  readonly explainer: () => Promise<ExplainPair>;
}

/**
 * Asks for an introduction on behalf of an actor (its representatives or an admin). Rejects
 * with ForbiddenError, ValidationError (paths name the input's fields), NotFoundError (an
 * actor, or an opportunity the viewer cannot see) or ConflictError (a request to the same
 * actor is already waiting for an answer).
 */
export async function requestIntroduction(
  deps: RequestIntroductionDeps,
  viewer: Viewer,
  input: IntroductionRequest,
): Promise<IntroductionRow> {
  if (!viewer.isAdmin && !viewer.approvedActorIds.has(input.fromActorId)) throw forbidden(viewer);
  requireConfirmedAddress(viewer);
  if (input.fromActorId === input.toActorId) {
    throw validationError(['toActorId'], 'An actor cannot ask for an introduction to itself');
  }
  const now = deps.now();
  const create = parseOrThrow(introductionCreateInput, {
    message: input.message,
    requestedBy: viewer.user?.id ?? null,
    expiresAt: now + deps.introductionExpiryMs,
    source: 'user',
  });
  const row: IntroductionRow = newIntroduction(create, now);
  const explain = input.fromSuggestion ? await deps.explainer() : null;
  const { graph } = deps;
  return storeErrorsTyped(() =>
    graph.runner.write(async (tx) => {
      if (input.aboutOpportunityId)
        await requireVisibleOpportunity(deps, tx, viewer, input.aboutOpportunityId);
      // Under the requester's lock, two requests to the same actor cannot both find none open.
      await graph.actors.nodes.lock(tx, input.fromActorId);
      const { fromActorId, toActorId, viaActorId } = input;
      const [from, to] = [
        await graph.actors.nodes.require(tx, fromActorId),
        await graph.actors.nodes.require(tx, toActorId),
      ];
      if (viaActorId) await graph.actors.nodes.require(tx, viaActorId);
      if (await hasOpenRequest(deps, tx, fromActorId, toActorId, now)) {
        throw new ConflictError(
          'toActorId',
          'An introduction to this actor is already waiting for an answer',
        );
      }
      const kept =
        explain && input.fromSuggestion
          ? explain(fromActorId, toActorId, input.fromSuggestion)
          : null;
      const created = await graph.introductions.create(
        tx,
        { ...row, ...kept },
        {
          requester: fromActorId,
          receiver: toActorId,
          via: viaActorId,
          about: input.aboutOpportunityId,
        },
      );
      await notifyRepresentatives(tx, graph, now, toActorId, 'INTRODUCTION_REQUESTED', {
        fromActor: from.name,
        toActor: to.name,
        message: created.message,
        expiresAt: created.expiresAt,
      });
      return created;
    }),
  );
}

async function requireVisibleOpportunity(
  deps: UseCaseDeps,
  tx: QueryExecutor,
  viewer: Viewer,
  id: string,
): Promise<void> {
  const { opportunities } = deps.graph;
  const about = await opportunities.nodes.get(tx, id);
  const poster = about
    ? ((await opportunities.postedBy.incoming(tx, [id]))[0]?.[0]?.fromKey ?? null)
    : null;
  if (!about || !maySeeOpportunity(viewer, about, poster))
    throw new NotFoundError('Opportunity', id);
}

/** Whether `from` already asked `to` and the request is still waiting (not past its expiry). */
async function hasOpenRequest(
  deps: UseCaseDeps,
  tx: QueryExecutor,
  from: string,
  to: string,
  now: number,
): Promise<boolean> {
  const { introductions } = deps.graph;
  const [asked] = await introductions.requested.outgoing(tx, [from]);
  const askedIds = (asked ?? []).map((l) => l.toKey);
  if (askedIds.length === 0) return false;
  const [ends, rows] = await Promise.all([
    introductions.ends(tx, askedIds),
    introductions.nodes.getMany(tx, askedIds),
  ]);
  return rows.some(
    (r, i) =>
      r?.status === 'REQUESTED' && ends[i]?.receiver === to && (r.expiresAt ?? Infinity) > now,
  );
}
