import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema, createYoga } from 'graphql-yoga';
import { median } from '@kobling/seeds';
import { openMemoryGraph, seededGraph } from '../testing/fixture.ts';
import { createApi } from '../yoga.ts';

/** The site's actor page: the actor with its topics, place, clusters, people, needs and projects. */
export const ACTOR_PAGE_QUERY = /* GraphQL */ `
  query ActorPage($slug: String!) {
    actor(slug: $slug) {
      id
      name
      kind
      helix
      description
      website
      employees
      foundedYear
      isTech
      stage
      municipality {
        name
        county
      }
      topics {
        weight
        topic {
          id
          name
          nameNb
          broader {
            name
          }
        }
      }
      memberships {
        status
        cluster {
          id
          name
          level
        }
      }
      partOf {
        id
        name
      }
      people {
        id
        name
        title
        email
      }
      opportunities {
        id
        kind
        title
        status
      }
      projects {
        role
        project {
          id
          title
          startYear
        }
      }
    }
  }
`;

export interface ApiBenchResult {
  readonly actorPageOpsPerSec: number;
  readonly helloOpsPerSec: number;
  /** actor page throughput ÷ bare { hello } throughput (target ≥ 0.35), every request executed. */
  readonly ratio: number;
  /** The same with the visitors' response cache as `npm start` runs it, over every seeded actor. */
  readonly cachedActorPageOpsPerSec: number;
  readonly cachedRatio: number;
  readonly rounds: number;
  /** First start on an empty data dir: opens the store, seeds the region, answers. */
  readonly coldStartSeedMs: number;
  /** Start on the already seeded data dir. */
  readonly coldStartMs: number;
}

/** Requests per second of `call` over `ms`, sequential, in-process. */
async function throughput(call: () => Promise<void>, ms: number): Promise<number> {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await call();
    n += 1;
  }
  return (n * 1000) / (performance.now() - start);
}

function post(
  fetcher: (url: string, init: RequestInit) => Promise<Response> | Response,
  query: string,
  variables: object,
) {
  return async () => {
    const response = await fetcher('http://bench.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Spawns `node src/server.ts` on the data dir and times it to the first answered query. */
export async function timeToFirstAnswer(dataDir: string): Promise<number> {
  const port = await freePort();
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  const start = performance.now();
  const child = spawn(process.execPath, ['src/server.ts'], {
    cwd,
    env: { ...process.env, KOBLING_DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      if (performance.now() - start > 120_000)
        throw new Error(`server did not answer in 120 s: ${stderr}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ actors(first: 1) { edges { node { name } } } }' }),
        });
        if (response.ok) {
          await response.json();
          return performance.now() - start;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function runApiBench(
  options: { roundMs?: number; rounds?: number } = {},
): Promise<ApiBenchResult> {
  const roundMs = options.roundMs ?? 2_000;
  const rounds = options.rounds ?? 5;
  const graph = await seededGraph(openMemoryGraph);
  try {
    const api = createApi({ graph });
    const hello = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { hello: String! }',
        resolvers: { Query: { hello: () => 'world' } },
      }),
      logging: false,
    });
    const actorPage = post(api.fetch, ACTOR_PAGE_QUERY, { slug: 'ntnu' });
    const helloCall = post(hello.fetch, '{ hello }', {});
    await throughput(actorPage, 500);
    await throughput(helloCall, 500);
    const pages: number[] = [];
    const hellos: number[] = [];
    for (let i = 0; i < rounds; i++) {
      pages.push(await throughput(actorPage, roundMs));
      hellos.push(await throughput(helloCall, roundMs));
    }
    const ratios = pages.map((p, i) => p / (hellos[i] ?? 1));

    // As visitors meet it under `npm start`: the response cache, and a page for every actor in
    // turn, so the first pass misses and repeats within the TTL hit.
    const cachedApi = createApi({ graph, settings: { publicCacheTtlMs: 5_000 } });
    const slugs = (
      await graph.runner.read((tx) => graph.actors.list(tx, {}, { first: 100 }))
    ).items.map((a) => a.slug);
    let next = 0;
    const pageFor = (slug: string) => post(cachedApi.fetch, ACTOR_PAGE_QUERY, { slug });
    const cachedPage = () => pageFor(slugs[next++ % slugs.length] ?? 'ntnu')();
    const cachedPages: number[] = [];
    const cachedHellos: number[] = [];
    for (let i = 0; i < rounds; i++) {
      cachedPages.push(await throughput(cachedPage, roundMs));
      cachedHellos.push(await throughput(helloCall, roundMs));
    }
    const cachedRatios = cachedPages.map((p, i) => p / (cachedHellos[i] ?? 1));
    const dataDir = await mkdtemp(join(tmpdir(), 'kobling-api-bench-'));
    try {
      const coldStartSeedMs = await timeToFirstAnswer(dataDir);
      const starts: number[] = [];
      for (let i = 0; i < 3; i++) starts.push(await timeToFirstAnswer(dataDir));
      return {
        actorPageOpsPerSec: median(pages),
        helloOpsPerSec: median(hellos),
        ratio: median(ratios),
        cachedActorPageOpsPerSec: median(cachedPages),
        cachedRatio: median(cachedRatios),
        rounds,
        coldStartSeedMs,
        coldStartMs: median(starts),
      };
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  } finally {
    await graph.close();
  }
}
