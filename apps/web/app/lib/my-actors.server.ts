import { api } from './api.server.ts';
import type { ApiArgs } from './api.server.ts';

export interface MyActor {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly kind: string;
  readonly helix: string;
}

export interface MyAccount {
  readonly user: {
    readonly id: string;
    readonly name: string;
    readonly email: string;
    readonly isAdmin: boolean;
    readonly representations: readonly { status: string; role: string | null; actor: MyActor }[];
    readonly managedClusters: readonly { id: string; slug: string; name: string }[];
  } | null;
}

const MY_ACCOUNT = /* GraphQL */ `
  query MyAccount {
    viewer {
      user {
        id
        name
        email
        isAdmin
        representations {
          status
          role
          actor {
            id
            name
            slug
            kind
            helix
          }
        }
        managedClusters {
          id
          slug
          name
        }
      }
    }
  }
`;

export async function loadMyAccount(args: ApiArgs): Promise<MyAccount> {
  const { data } = await api<{ viewer: MyAccount }>(args, MY_ACCOUNT);
  return data.viewer;
}

/** The actors the viewer may act for (approved representation). */
export function approvedActors(account: MyAccount): MyActor[] {
  return (account.user?.representations ?? [])
    .filter((r) => r.status === 'APPROVED')
    .map((r) => r.actor);
}
