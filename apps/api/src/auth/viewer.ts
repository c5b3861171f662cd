import type { Graph, UserRow } from '@kobling/graph';
import { sessionIdFor } from './sessions.ts';
import type { ViewerCache } from './viewer-cache.ts';
import { VISITOR } from '@kobling/use-cases';
import type { Role, Viewer } from '@kobling/use-cases';

// Who is asking is the use cases' input; the API resolves it from the session (below).
export { ROLES, VISITOR } from '@kobling/use-cases';
export type { Role, Viewer } from '@kobling/use-cases';

/**
 * The viewer for a session token; a visitor when the token is unknown or expired. With a cache,
 * a session resolved a moment ago with no write since costs no store round-trip.
 */
export async function loadViewer(
  graph: Graph,
  token: string | null,
  now: number,
  cache?: ViewerCache,
): Promise<Viewer> {
  if (!token) return VISITOR;
  const sessionId = sessionIdFor(token);
  const cached = cache?.get(sessionId, now);
  if (cached) return cached;
  const writes = graph.runner.writesCommitted;
  const tx = graph.runner;
  const session = await graph.accounts.sessions.get(tx, sessionId);
  if (!session || session.expiresAt <= now) return VISITOR;
  const user = await graph.accounts.users.get(tx, session.userId);
  if (!user) return VISITOR;
  const viewer = await viewerFor(graph, user, sessionId);
  cache?.set(sessionId, viewer, writes, session.expiresAt);
  return viewer;
}

export async function viewerFor(
  graph: Graph,
  user: UserRow,
  sessionId: string | null,
): Promise<Viewer> {
  const tx = graph.runner;
  const [[represents], [manages], [person]] = await Promise.all([
    graph.accounts.represents.outgoing(tx, [user.id]),
    graph.accounts.manages.outgoing(tx, [user.id]),
    graph.accounts.person.outgoing(tx, [user.id]),
  ]);
  const approved = new Set(
    (represents ?? []).filter((r) => r.status === 'APPROVED').map((r) => r.toKey),
  );
  const claimed = new Set(
    (represents ?? []).filter((r) => r.status === 'CLAIMED').map((r) => r.toKey),
  );
  const managed = new Set((manages ?? []).map((m) => m.toKey));
  const roles: Role[] = ['USER'];
  if (approved.size > 0) roles.push('MEMBER');
  if (managed.size > 0) roles.push('CLUSTER_MANAGER');
  if (user.isAdmin) roles.push('ADMIN');
  return {
    user,
    sessionId,
    isAdmin: user.isAdmin,
    approvedActorIds: approved,
    claimedActorIds: claimed,
    managedClusterIds: managed,
    personId: person?.[0]?.toKey ?? null,
    roles,
  };
}
