import type { MembershipRole } from '@kobling/domain';
import type { MailKind } from '@kobling/domain';
import type { ClusterRow, Membership, QueryExecutor } from '@kobling/graph';
import type { UseCaseDeps } from '../deps.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  assertAllowed,
  requireConfirmedAddress,
  storeErrorsTyped,
} from '../errors.ts';
import { notify } from '../mail/queue.ts';
import type { Viewer } from '../viewer.ts';

/*
 * A cluster membership's life cycle: request → REQUESTED, invite → INVITED, approve → ACTIVE,
 * remove → REMOVED (and asked again from there). Each step decides on the membership read under
 * the actor's lock in the write transaction, so concurrent changes to it take turns.
 */

export interface MembershipKey {
  readonly actorId: string;
  readonly clusterId: string;
}

/** An actor asks to join a cluster (its representatives or an admin). */
export async function requestMembership(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: MembershipKey,
): Promise<Membership> {
  assertAllowed(viewer, viewer.isAdmin || viewer.approvedActorIds.has(input.actorId));
  requireConfirmedAddress(viewer);
  return startMembership(deps, input, 'REQUESTED', 'MEMBER');
}

/** A cluster invites an actor (its managers or an admin); the role defaults to MEMBER. */
export async function inviteMember(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: MembershipKey & { readonly role: MembershipRole | null },
): Promise<Membership> {
  assertAllowed(viewer, viewer.isAdmin || viewer.managedClusterIds.has(input.clusterId));
  requireConfirmedAddress(viewer);
  return startMembership(deps, input, 'INVITED', input.role ?? 'MEMBER');
}

/**
 * Makes a membership ACTIVE: a manager approves a request, the actor's representative accepts
 * an invitation, an admin either.
 */
export async function approveMembership(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: MembershipKey,
): Promise<Membership> {
  assertAllowed(
    viewer,
    viewer.isAdmin ||
      viewer.managedClusterIds.has(input.clusterId) ||
      viewer.approvedActorIds.has(input.actorId),
  );
  requireConfirmedAddress(viewer);
  return inTransaction(deps, async (tx) => {
    const m = await requireMembership(deps, tx, input);
    if (m.status !== 'REQUESTED' && m.status !== 'INVITED') throw conflict(m, 'ACTIVE');
    const allowed =
      viewer.isAdmin ||
      (m.status === 'REQUESTED'
        ? viewer.managedClusterIds.has(m.toKey)
        : viewer.approvedActorIds.has(m.fromKey));
    if (!allowed) {
      throw new ForbiddenError(
        m.status === 'REQUESTED'
          ? 'Only the cluster’s managers can approve a request'
          : 'Only the invited actor’s representatives can accept an invitation',
      );
    }
    const now = deps.now();
    const active = await deps.graph.clusters.setMembership(
      tx,
      m.fromKey,
      m.toKey,
      'ACTIVE',
      now,
      m.role,
    );
    // The side that asked hears the yes: a request's actor, an invitation's cluster managers.
    await notifyMembership(deps, tx, active, 'MEMBERSHIP_APPROVED', m.status === 'INVITED', now);
    return active;
  });
}

/** Ends a membership, request or invitation (the cluster's managers or an admin). */
export async function removeMembership(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: MembershipKey,
): Promise<Membership> {
  assertAllowed(viewer, viewer.isAdmin || viewer.managedClusterIds.has(input.clusterId));
  requireConfirmedAddress(viewer);
  return inTransaction(deps, async (tx) => {
    const m = await requireMembership(deps, tx, input);
    if (m.status === 'REMOVED') throw conflict(m, 'REMOVED');
    return deps.graph.clusters.setMembership(tx, m.fromKey, m.toKey, 'REMOVED', deps.now(), m.role);
  });
}

/** Makes a user a manager of a cluster (admins). */
export async function assignClusterManager(
  deps: UseCaseDeps,
  viewer: Viewer,
  input: { readonly userId: string; readonly clusterId: string },
): Promise<ClusterRow> {
  assertAllowed(viewer, viewer.isAdmin);
  return inTransaction(deps, async (tx) => {
    const user = await deps.graph.accounts.users.require(tx, input.userId);
    if (user.emailVerifiedAt === null) {
      throw new ConflictError('userId', 'This user has not confirmed their email address yet');
    }
    const cluster = await deps.graph.clusters.nodes.require(tx, input.clusterId);
    await deps.graph.accounts.manages.merge(tx, [{ fromKey: input.userId, toKey: cluster.id }]);
    return cluster;
  });
}

function inTransaction<T>(deps: UseCaseDeps, work: (tx: QueryExecutor) => Promise<T>): Promise<T> {
  return storeErrorsTyped(() => deps.graph.runner.write(work));
}

/** A new request or invitation: none may be open (a REMOVED one may start again). */
function startMembership(
  deps: UseCaseDeps,
  input: MembershipKey,
  status: 'REQUESTED' | 'INVITED',
  role: MembershipRole,
): Promise<Membership> {
  return inTransaction(deps, async (tx) => {
    const m = await existing(deps, tx, input);
    if (m && m.status !== 'REMOVED') throw conflict(m, status);
    const now = deps.now();
    const started = await deps.graph.clusters.setMembership(
      tx,
      input.actorId,
      input.clusterId,
      status,
      now,
      role,
    );
    // A request goes to the cluster's managers, an invitation to the actor's representatives.
    const kind = status === 'REQUESTED' ? 'MEMBERSHIP_REQUESTED' : 'MEMBERSHIP_INVITED';
    await notifyMembership(deps, tx, started, kind, status === 'REQUESTED', now);
    return started;
  });
}

async function notifyMembership(
  deps: UseCaseDeps,
  tx: QueryExecutor,
  m: Membership,
  kind: Extract<MailKind, `MEMBERSHIP_${string}`>,
  toManagers: boolean,
  now: number,
): Promise<void> {
  const { actors, clusters, mail } = deps.graph;
  const actor = await actors.nodes.require(tx, m.fromKey);
  const cluster = await clusters.nodes.require(tx, m.toKey);
  const recipients = toManagers
    ? await mail.managersOf(tx, cluster.id)
    : await mail.representativesOf(tx, actor.id);
  await notify(tx, deps.graph, now, recipients, kind, {
    actor: actor.name,
    cluster: cluster.name,
    clusterPath: `/clusters/${cluster.slug}`,
  });
}

/** The membership, read under the actor's lock; both ends must exist. */
async function existing(
  deps: UseCaseDeps,
  tx: QueryExecutor,
  { actorId, clusterId }: MembershipKey,
): Promise<Membership | null> {
  const { actors, clusters } = deps.graph;
  await actors.nodes.lock(tx, actorId);
  await actors.nodes.require(tx, actorId);
  await clusters.nodes.require(tx, clusterId);
  return clusters.membership(tx, actorId, clusterId);
}

async function requireMembership(
  deps: UseCaseDeps,
  tx: QueryExecutor,
  key: MembershipKey,
): Promise<Membership> {
  const m = await existing(deps, tx, key);
  if (!m) throw new NotFoundError('Membership', `${key.actorId} → ${key.clusterId}`);
  return m;
}

function conflict(m: Membership, wanted: string): ConflictError {
  return new ConflictError('status', `The membership is ${m.status}; it cannot become ${wanted}`);
}
