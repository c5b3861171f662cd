import { uuidv7 } from '@kobling/domain';
import { NodeStore, openGraph } from '@kobling/graph';
import { openTestGraph } from '@kobling/graph/testing';
import type { Graph, Link, UserRow } from '@kobling/graph';
import type { SearchSync } from '@kobling/search-sync';
import { loadSeedGraph, regionSeedGraph } from '@kobling/seeds';
import { hashPassword } from '../auth/password.ts';
import { LoginRateLimiter } from '../auth/rate-limit.ts';
import { SESSION_TTL_MS, newSessionToken, sessionIdFor } from '../auth/sessions.ts';
import type { ApiSettings } from '../context.ts';
import type { SearchEngine } from '../search/runtime.ts';
import type { MailOptions } from '../mail/runtime.ts';
import { LiveProjection } from '@kobling/projection';
import { createApi } from '../yoga.ts';
import type { Api } from '../yoga.ts';

/** An embedded store in memory, for benchmarks (they run outside vitest). */
export function openMemoryGraph(): Promise<Graph> {
  return openGraph({ engine: 'ladybug', path: ':memory:', bufferPoolBytes: 256 * 1024 * 1024 });
}

/**
 * A fresh store with the region seed: on the engine of this test run, or in the store `open`
 * gives (benchmarks run outside vitest and bring their own).
 */
export async function seededGraph(open: () => Promise<Graph> = openTestGraph): Promise<Graph> {
  const graph = await open();
  try {
    await loadSeedGraph(graph, regionSeedGraph());
  } catch (error) {
    await graph.close();
    throw error;
  }
  return graph;
}

export const TEST_PASSWORD = 'correct horse battery staple';
let testHash: Promise<string> | null = null;
/** One scrypt hash at the real parameters, shared by every user a test file makes. */
export function testPasswordHash(): Promise<string> {
  testHash ??= hashPassword(TEST_PASSWORD);
  return testHash;
}

export interface GqlResult {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: {
      message: string;
      path?: (string | number)[];
      extensions?: Record<string, unknown>;
    }[];
  };
}

export interface AsUser {
  readonly user: UserRow | null;
  readonly token: string | null;
}

export const VISITOR_CALLER: AsUser = { user: null, token: null };

export interface TestApi {
  readonly graph: Graph;
  readonly api: Api;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    as?: AsUser,
    headers?: Record<string, string>,
  ): Promise<GqlResult>;
  /**
   * A user with a live session, made straight in the store (signing up is tested separately),
   * with a confirmed address unless `verified` is false.
   */
  makeUser(options?: {
    isAdmin?: boolean;
    verified?: boolean;
    represents?: readonly string[];
    claims?: readonly string[];
    manages?: readonly string[];
    personId?: string;
  }): Promise<AsUser & { user: UserRow; token: string }>;
  close(): Promise<void>;
}

let userCounter = 0;

export async function openTestApi(
  options: {
    graph?: Graph;
    settings?: Partial<ApiSettings>;
    search?: SearchSync;
    searchEngine?: SearchEngine;
    mail?: MailOptions;
  } = {},
): Promise<TestApi> {
  const graph = options.graph ?? (await seededGraph());
  // One process: its own writes are caught up on read, and no timer adds store round-trips;
  // built before the first request, so tests that count round-trips count only their own.
  const projection = LiveProjection.follow(graph, { pollMs: 0 });
  await projection.ready(120_000);
  const api = createApi({
    graph,
    projection,
    settings: { trustProxy: true, loginLimiter: new LoginRateLimiter(), ...options.settings },
    ...(options.search ? { search: options.search } : {}),
    ...(options.searchEngine ? { searchEngine: options.searchEngine } : {}),
    ...(options.mail ? { mail: options.mail } : {}),
  });

  async function gql(
    query: string,
    variables: Record<string, unknown> = {},
    as: AsUser = VISITOR_CALLER,
    headers: Record<string, string> = {},
  ): Promise<GqlResult> {
    const response = await api.fetch('http://kobling.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(as.token ? { authorization: `Bearer ${as.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GqlResult['body'],
    };
  }

  async function makeUser(o: Parameters<TestApi['makeUser']>[0] = {}) {
    const now = Date.now();
    userCounter += 1;
    const user: UserRow = {
      id: uuidv7(now),
      email: `user${userCounter}-${Math.random().toString(36).slice(2, 8)}@example.test`,
      passwordHash: await testPasswordHash(),
      name: `Test User ${userCounter}`,
      isAdmin: o.isAdmin ?? false,
      createdAt: now,
      emailVerifiedAt: o.verified === false ? null : now,
      language: null,
      mailOptOut: null,
    };
    const token = newSessionToken();
    await graph.runner.write(async (tx) => {
      await graph.accounts.users.create(tx, user);
      await graph.accounts.sessions.create(tx, {
        id: sessionIdFor(token),
        userId: user.id,
        createdAt: now,
        expiresAt: now + SESSION_TTL_MS,
      });
      const represents = (
        actorId: string,
        status: Link<'REPRESENTS'>['status'],
      ): Link<'REPRESENTS'> => ({
        fromKey: user.id,
        toKey: actorId,
        status,
        role: null,
        since: now,
      });
      const reps = [
        ...(o.represents ?? []).map((a) => represents(a, 'APPROVED')),
        ...(o.claims ?? []).map((a) => represents(a, 'CLAIMED')),
      ];
      await graph.accounts.represents.merge(tx, reps);
      await graph.accounts.manages.merge(
        tx,
        (o.manages ?? []).map((c) => ({ fromKey: user.id, toKey: c })),
      );
      if (o.personId)
        await graph.accounts.person.merge(tx, [{ fromKey: user.id, toKey: o.personId }]);
    });
    return { user, token };
  }

  return {
    graph,
    api,
    gql,
    makeUser,
    close: async () => {
      if (!options.graph) await graph.close();
    },
  };
}

/** Relay global id, as the relay plugin encodes it. */
export function gid(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

export interface MutationOutcome {
  typename: string;
  data: Record<string, unknown> | null;
  message: string | null;
  fields: { path: string[]; message: string }[] | null;
  field: string | null;
  errors: GqlResult['body']['errors'];
}

/**
 * Runs one mutation and returns its typed result: the success payload's `data`, or the error
 * type with its message (and the bad fields of a ValidationError).
 */
export async function mutate(
  t: TestApi,
  name: string,
  args: { decl: string; call: string; variables: Record<string, unknown> },
  selection: string,
  as: AsUser = VISITOR_CALLER,
): Promise<MutationOutcome> {
  const success = `Mutation${name[0]?.toUpperCase()}${name.slice(1)}Success`;
  // The error types are asked for under the Error interface: valid whichever of them the
  // mutation's union has.
  const query = `mutation${args.decl ? `(${args.decl})` : ''} {
    result: ${name}${args.call ? `(${args.call})` : ''} {
      __typename
      ... on Error {
        message
        ... on ValidationError { fields { path message } }
        ... on ConflictError { field }
      }
      ... on ${success} { data { ${selection} } }
    }
  }`;
  const { body } = await t.gql(query, args.variables, as);
  const result = (body.data?.result ?? null) as Record<string, unknown> | null;
  return {
    typename: String(result?.__typename ?? 'null'),
    data: (result?.data as Record<string, unknown> | undefined) ?? null,
    message: (result?.message as string | undefined) ?? null,
    fields: (result?.fields as MutationOutcome['fields'] | undefined) ?? null,
    field: (result?.field as string | undefined) ?? null,
    errors: body.errors,
  };
}

const ALL_LABELS = [
  'Actor',
  'Person',
  'Topic',
  'Cluster',
  'Municipality',
  'Project',
  'Technology',
  'Milestone',
  'Opportunity',
  'Introduction',
  'User',
  'Session',
  'KpiObservation',
  'OutboxEvent',
] as const;

/** Row counts of every label plus whatever the probe reads: equal before and after = nothing changed. */
export async function snapshot(
  graph: Graph,
  probe: () => Promise<unknown> = async () => null,
): Promise<string> {
  const counts: Record<string, number> = {};
  for (const label of ALL_LABELS) counts[label] = await new NodeStore(label).count(graph.runner);
  return JSON.stringify({ counts, probe: await probe() });
}
