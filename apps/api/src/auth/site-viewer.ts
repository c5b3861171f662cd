import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Viewer } from './viewer.ts';

/** What the site shows of the viewer (header, menus, sign-in redirects): plain, serialisable. */
export interface SiteViewer {
  readonly isSignedIn: boolean;
  readonly roles: readonly string[];
  readonly user: {
    /** The GraphQL global id, as `viewer { user { id } }` gives it. */
    readonly id: string;
    readonly name: string;
    readonly email: string;
    readonly isAdmin: boolean;
  } | null;
  /**
   * GraphQL global ids of the actors the viewer represents (approved), by actor id: what a page
   * may ask as (Find partners) without asking the API first.
   */
  readonly actorIds: readonly string[];
}

export function siteViewerOf(viewer: Viewer): SiteViewer {
  const user = viewer.user;
  return {
    isSignedIn: user !== null,
    roles: viewer.roles,
    user: user
      ? {
          id: encodeGlobalID('User', user.id),
          name: user.name,
          email: user.email,
          isAdmin: user.isAdmin,
        }
      : null,
    actorIds: [...viewer.approvedActorIds].sort().map((id) => encodeGlobalID('Actor', id)),
  };
}
