import type { Link } from '@kobling/graph';
import { z } from 'zod';
import type { UseCaseDeps } from '../deps.ts';
import {
  ConflictError,
  NotFoundError,
  assertAllowed,
  forbidden,
  parseIn,
  requireConfirmedAddress,
  storeErrorsTyped,
} from '../errors.ts';
import { notify } from '../mail/queue.ts';
import type { Viewer } from '../viewer.ts';

/*
 * Representing an actor: a user claims it (CLAIMED), an administrator approves the claim
 * (APPROVED). Each step decides on the user's representations read under the user's lock.
 */

const roleSchema = z.string().trim().min(1).max(200);

/**
 * Claims to represent an actor, with the user's role there (optional). Rejects with
 * ForbiddenError (a visitor), ValidationError (under `role`), NotFoundError or ConflictError
 * (the user has a claim or an approval already).
 */
export async function claimActor(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly actorId: string; readonly role: string | null },
): Promise<Link<'REPRESENTS'>> {
  const user = viewer.user;
  if (user === null) throw forbidden(viewer);
  requireConfirmedAddress(viewer);
  const role = input.role === null ? null : parseIn(roleSchema, input.role, 'role');
  const now = deps.now();
  const { actors, accounts } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      await actors.nodes.require(tx, input.actorId);
      await accounts.users.lock(tx, user.id);
      const [links] = await accounts.represents.outgoing(tx, [user.id]);
      const existing = (links ?? []).find((l) => l.toKey === input.actorId);
      if (existing) {
        throw new ConflictError(
          'actorId',
          `You already have a ${existing.status} representation of this actor`,
        );
      }
      const link: Link<'REPRESENTS'> = {
        fromKey: user.id,
        toKey: input.actorId,
        status: 'CLAIMED',
        role,
        since: now,
      };
      await accounts.represents.merge(tx, [link]);
      return link;
    }),
  );
}

/**
 * Approves a user's claim to represent an actor (admins). Rejects with ForbiddenError,
 * NotFoundError (no claim) or ConflictError (approved already).
 */
export async function approveRepresentation(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly userId: string; readonly actorId: string },
): Promise<Link<'REPRESENTS'>> {
  assertAllowed(viewer, viewer.isAdmin);
  const now = deps.now();
  const { accounts } = deps.graph;
  return storeErrorsTyped(() =>
    deps.graph.runner.write(async (tx) => {
      await accounts.users.lock(tx, input.userId);
      const [links] = await accounts.represents.outgoing(tx, [input.userId]);
      const claim = (links ?? []).find((l) => l.toKey === input.actorId);
      if (!claim) throw new NotFoundError('Representation', `${input.userId} → ${input.actorId}`);
      if (claim.status === 'APPROVED') {
        throw new ConflictError('actorId', 'This representation is already approved');
      }
      const link: Link<'REPRESENTS'> = { ...claim, status: 'APPROVED', since: now };
      await accounts.represents.merge(tx, [link]);
      const actor = await deps.graph.actors.nodes.require(tx, input.actorId);
      const claimant = await deps.graph.mail.recipient(tx, input.userId);
      await notify(tx, deps.graph, now, claimant ? [claimant] : [], 'CLAIM_APPROVED', {
        actor: actor.name,
        actorPath: `/actors/${actor.slug}`,
      });
      return link;
    }),
  );
}
