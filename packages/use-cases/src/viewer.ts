import type { UserRow } from '@kobling/graph';

export const ROLES = ['VISITOR', 'USER', 'MEMBER', 'CLUSTER_MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking, resolved once per request by the caller (the API from the session cookie).
 * Only APPROVED representation makes a member of an actor; a claim waits for an administrator.
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
