import { randomBytes } from 'node:crypto';
import type { Graph, UserRow } from '@kobling/graph';
import { createEmbeddedSearchIndex } from '@kobling/search';
import { createSearchSync } from '@kobling/search-sync';
import { expireDueIntroductions } from '@kobling/use-cases';
import { sessionIdFor } from '../auth/sessions.ts';
import { schema } from '../schema/index.ts';
import { openTestApi } from '../testing/fixture.ts';
import type { TestApi } from '../testing/fixture.ts';
import { createApi } from '../yoga.ts';
import type { Api } from '../yoga.ts';
import type { CallerRole } from './generator.ts';
import { loadPool, withUsers } from './pool.ts';
import type { EntityPool } from './pool.ts';

/*
 * The API under fuzz over a seeded store: the embedded search index filled from the graph (so
 * `search` and `autocomplete` really run), a signed-in user and an administrator made straight
 * in the store, and a logger that keeps what the API logs about each unexpected error.
 */

export interface Caller {
  readonly role: CallerRole;
  readonly user: UserRow | null;
  readonly token: string | null;
}

export interface FuzzWorld {
  readonly graph: Graph;
  readonly api: Api;
  readonly pool: EntityPool;
  /** Signs the callers' cookies; the API was made with it. */
  readonly sessionSecret: string;
  caller(role: CallerRole): Caller;
  /** Log lines the API wrote since the last call (its unexpected errors, with their causes). */
  drainLog(): string[];
  /** Replaces a caller whose session or account a request ended (logOut, deleteMyAccount). */
  keepSignedIn(role: CallerRole): Promise<void>;
  close(): Promise<void>;
}

type UserOptions = Parameters<TestApi['makeUser']>[0];

/** An error as the API logged it, with the cause a GraphQLError wraps (where the bug is). */
function describeLogged(value: unknown): string {
  if (!(value instanceof Error)) return String(value);
  const cause: unknown = 'originalError' in value ? value.originalError : undefined;
  const stack = (e: Error) => e.stack?.split('\n').slice(0, 6).join('\n') ?? e.message;
  return cause instanceof Error ? `${value.message} ← ${stack(cause)}` : stack(value);
}

const VISITOR: Caller = { role: 'visitor', user: null, token: null };

/** Opens the world over a seeded graph; the graph stays the caller's to close. */
export async function openFuzzWorld(graph: Graph): Promise<FuzzWorld> {
  const index = createEmbeddedSearchIndex();
  await index.applySettings();
  // No indexer loop: it would write to the outbox between requests and blur the store snapshots.
  const search = createSearchSync(graph, index);
  await search.reindex();
  // The seed holds introductions already past their expiry. Reads expire them lazily, and a
  // request whose reply is sent before that write commits (a sibling field failed) would let it
  // land inside the next request's snapshots, blamed on that request: expire them first.
  await expireDueIntroductions(graph, Date.now());
  const factory = await openTestApi({ graph });
  const seeded = await loadPool(graph, schema);
  const key = (type: string, i: number) => seeded.keys.get(type)?.[i];
  const present = (...keys: (string | undefined)[]) => keys.filter((k): k is string => !!k);
  // A user with every kind of tie (an approved actor, a claimed one, a managed cluster, a
  // person), so requests reach the member, manager and self paths as well as the forbidden ones.
  const options: Record<Exclude<CallerRole, 'visitor'>, UserOptions> = {
    user: {
      represents: present(key('Actor', 0)),
      claims: present(key('Actor', 1)),
      manages: present(key('Cluster', 0)),
      ...(key('Person', 0) ? { personId: key('Person', 0) } : {}),
    },
    admin: { isAdmin: true },
  };
  const callers = new Map<CallerRole, Caller>([['visitor', VISITOR]]);
  for (const role of ['user', 'admin'] as const) {
    callers.set(role, { role, ...(await factory.makeUser(options[role])) });
  }
  const users = [...callers.values()].flatMap((c) => (c.user ? [c.user] : []));

  const log: string[] = [];
  const sessionSecret = randomBytes(32).toString('hex');
  const api = createApi({
    graph,
    settings: { sessionSecret },
    search,
    searchEngine: 'embedded',
    logger: {
      warn: (...args: unknown[]) => {
        log.push(args.map(describeLogged).join(' '));
      },
    },
  });

  return {
    graph,
    api,
    pool: withUsers(seeded, users),
    sessionSecret,
    caller: (role) => callers.get(role) ?? VISITOR,
    drainLog: () => log.splice(0),
    async keepSignedIn(role) {
      if (role === 'visitor') return;
      const token = callers.get(role)?.token;
      const session = token
        ? await graph.runner.read((tx) => graph.accounts.sessions.get(tx, sessionIdFor(token)))
        : null;
      if (!session) callers.set(role, { role, ...(await factory.makeUser(options[role])) });
    },
    async close() {
      await factory.close();
      await index.close();
    },
  };
}
