import type { ResultOf } from 'gql.tada';
import { graphql } from './graphql.ts';

/** The actors a user represents, spread into a page's operation under `viewer { user { … } }`. */
export const MyActorsFragment = graphql(`
  fragment MyActors on User @_unmask {
    representations {
      status
      actor {
        id
        name
        slug
        kind
        helix
      }
    }
  }
`);

/** The actors the viewer may act for (approved representation). */
export function approvedActors(user: ResultOf<typeof MyActorsFragment> | null) {
  return (user?.representations ?? []).filter((r) => r.status === 'APPROVED').map((r) => r.actor);
}
