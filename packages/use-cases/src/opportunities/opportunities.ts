import { newOpportunity, opportunityCreateInput, parseOrThrow } from '@kobling/domain';
import type { OpportunityRow } from '@kobling/graph';
import { z } from 'zod';
import type { UseCaseDeps } from '../deps.ts';
import {
  ConflictError,
  NotFoundError,
  assertAllowed,
  forbidden,
  storeErrorsTyped,
} from '../errors.ts';
import type { Viewer } from '../viewer.ts';

export interface OpportunityPost {
  readonly kind: string;
  readonly title: string;
  readonly body: string | null;
  /** PUBLIC when null. */
  readonly visibility: string | null;
  readonly expiresAt: number | null;
  readonly topicIds: readonly string[];
}

const topicIdsSchema = z.array(z.string()).max(20, { error: 'At most 20 topics' });

/**
 * Posts a need, offer or challenge for an actor (its representatives or an admin). Rejects with
 * ForbiddenError, ValidationError (paths name the input's fields) or NotFoundError (the actor,
 * a topic).
 */
export async function postOpportunity(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly actorId: string; readonly opportunity: OpportunityPost },
): Promise<OpportunityRow> {
  assertAllowed(viewer, viewer.isAdmin || viewer.approvedActorIds.has(input.actorId));
  const { topicIds: givenTopicIds, ...fields } = input.opportunity;
  const topicIds = parseOrThrow(topicIdsSchema, [...givenTopicIds]);
  const present = Object.entries(fields).filter(([, v]) => v !== null);
  const parsed = parseOrThrow(opportunityCreateInput, {
    ...Object.fromEntries(present),
    source: 'user',
  });
  const row: OpportunityRow = newOpportunity(parsed, deps.now());
  const { graph } = deps;
  return storeErrorsTyped(() =>
    graph.runner.write(async (tx) => {
      await graph.actors.nodes.require(tx, input.actorId);
      const found = await graph.topics.nodes.getMany(tx, topicIds);
      const missing = topicIds.find((_, i) => found[i] === null);
      if (missing !== undefined) throw new NotFoundError('Topic', missing);
      return graph.opportunities.post(
        tx,
        input.actorId,
        row,
        [...new Set(topicIds)].map((topicId) => ({ topicId, weight: 1 })),
      );
    }),
  );
}

/**
 * Closes an opportunity (the posting actor's representatives or an admin), deciding on the row
 * read under its lock. Rejects with ForbiddenError, NotFoundError or ConflictError (closed
 * already).
 */
export async function closeOpportunity(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly id: string },
): Promise<OpportunityRow> {
  const { opportunities } = deps.graph;
  const now = deps.now();
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      const exists = await opportunities.nodes.lock(tx, input.id);
      if (!viewer.isAdmin) {
        const [posters] = exists ? await opportunities.postedBy.incoming(tx, [input.id]) : [];
        const poster = posters?.[0]?.fromKey ?? null;
        if (poster === null || !viewer.approvedActorIds.has(poster)) throw forbidden(viewer);
      }
      const current = await opportunities.nodes.require(tx, input.id);
      if (current.status === 'CLOSED') {
        throw new ConflictError('status', 'The opportunity is already closed');
      }
      return opportunities.nodes.update(tx, current.id, {
        status: 'CLOSED',
        closedAt: now,
        updatedAt: now,
      });
    }),
  );
}
