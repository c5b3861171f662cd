import type { Graph, UserRow } from '@kobling/graph';
import { sessionIdFor } from './sessions.ts';

export const ROLES = ['VISITOR', 'USER', 'MEMBER', 'CLUSTER_MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking, resolved once per request. Only APPROVED representation makes a member of an
 * actor; a claim waits for an administrator.
 */
export interface Viewer {
  readonly user: UserRow | null;
  readonly sessionId: string | null;
  readonly isAdmin: boolean;
  readonly approvedActorIds: ReadonlySet<string>;
  readonly claimedActorIds: ReadonlySet<string>;
  readonly managedClusterIds: ReadonlySet<string>;
  readonly personId: string | null;
  readonly roles: readonly Role[];
}

export const VISITOR: Viewer = {
  user: null,
  sessionId: null,
  isAdmin: false,
  approvedActorIds: new Set(),
  claimedActorIds: new Set(),
  managedClusterIds: new Set(),
  personId: null,
  roles: ['VISITOR'],
};

/** The viewer for a session token; a visitor when the token is unknown or expired. */
export async function loadViewer(graph: Graph, token: string | null, now: number): Promise<Viewer> {
  if (!token) return VISITOR;
  const sessionId = sessionIdFor(token);
  const tx = graph.runner;
  const session = await graph.accounts.sessions.get(tx, sessionId);
  if (!session || session.expiresAt <= now) return VISITOR;
  const user = await graph.accounts.users.get(tx, session.userId);
  if (!user) return VISITOR;
  return viewerFor(graph, user, sessionId);
}

export async function viewerFor(
  graph: Graph,
  user: UserRow,
  sessionId: string | null,
): Promise<Viewer> {
  const tx = graph.runner;
  const [represents] = await graph.accounts.represents.outgoing(tx, [user.id]);
  const [manages] = await graph.accounts.manages.outgoing(tx, [user.id]);
  const [person] = await graph.accounts.person.outgoing(tx, [user.id]);
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
