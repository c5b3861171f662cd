import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 } from '@kobling/domain';
import { openGraph } from '@kobling/graph';
import { NetworkAnalytics, asOfYear } from '@kobling/network-analytics';
import { LiveProjection } from '@kobling/projection';
import type { Projection } from '@kobling/projection';
import { fmtInt, fmtMs, median, writeSection } from '@kobling/seeds';
import { createApi } from '../yoga.ts';
import { summarize, time } from './suggest-bench.ts';
import type { Latency } from './suggest-bench.ts';
import { prepareSuggestStore } from './suggest-store.ts';

/*
 * Network analytics (issue 15) on the generated graph of the matchmaking bench (the same kept
 * LadybugDB store, suggest-store.ts): every cluster's measures for one year, computed cold (a
 * fresh analytics instance per run) and again from the cache kept with the projection version;
 * `Cluster.network` with what the cluster page needs (its 200 strongest brokers with community,
 * balance, fragility) and `tieImpact` for a match card, each through GraphQL (yoga.fetch
 * in-process) beside `{ __typename }` on the same yoga. Targets (issue 15): all clusters of one
 * year ≤ 2 s; Cluster.network p95 ≤ 30 ms; tieImpact p95 ≤ 20 ms.
 */

export const NETWORK_SECTION = 'Network analytics (issue 15)';

export const CLUSTER_NETWORK_QUERY = /* GraphQL */ `
  query ClusterNetwork($id: ID!, $asOf: Date) {
    node(id: $id) {
      ... on Cluster {
        network(asOf: $asOf) {
          asOf
          actors
          ties
          density
          components
          largestComponent
          isolated
          communityCount
          modularity
          degreeDistribution {
            degree
            actors
          }
          members(first: 200) {
            actor {
              id
              name
              helix
            }
            degree
            community
            betweenness
            constraint
            effectiveSize
            isArticulationPoint
          }
          brokers(first: 5) {
            actor {
              id
              name
            }
            betweenness
            constraint
          }
          betweennessMethod {
            exact
            errorBound
          }
          busFactor
          crossHelixTies
          balance {
            eiIndex
            synergy
            coParticipations
          }
        }
      }
    }
  }
`;

export const TIE_IMPACT_QUERY = /* GraphQL */ `
  query TieImpact($a: ID!, $b: ID!) {
    tieImpact(a: $a, b: $b, language: EN) {
      alreadyTied
      labels {
        code
        text
      }
      region {
        eiBefore
        eiAfter
        synergyBefore
        synergyAfter
        componentsBefore
        componentsAfter
      }
      clusters {
        cluster {
          id
        }
        eiAfter
        brokerage {
          constraintBefore
          constraintAfter
        }
      }
    }
  }
`;

export interface NetworkBenchResult {
  readonly actors: number;
  readonly clusters: number;
  readonly year: number;
  readonly largestCluster: number;
  readonly allClustersColdMs: readonly number[];
  readonly allClustersCachedMs: number;
  readonly slowestCluster: { readonly id: string; readonly members: number; readonly ms: number };
  readonly regionColdMs: number;
  readonly clusterNetwork: Latency;
  readonly tieImpact: Latency;
  readonly typename: Latency;
}

/** Every measure the API serves of every cluster, as one year's page views would ask them. */
function allClusters(analytics: NetworkAnalytics, projection: Projection, year: number) {
  const asOf = asOfYear(year);
  analytics.region(asOf, 'PUBLIC');
  const times: { id: string; members: number; ms: number }[] = [];
  for (const id of clusterIds(projection)) {
    const started = performance.now();
    const scope = analytics.cluster(id, asOf, 'PUBLIC')!;
    void scope.structure;
    void scope.communities;
    void scope.cuts;
    void scope.busFactor;
    void scope.ei;
    void scope.tripleHelix;
    scope.brokers(5);
    analytics.clusterAlerts(id, asOf, 'PUBLIC');
    times.push({ id, members: scope.network.keys.length, ms: performance.now() - started });
  }
  return times;
}

const clusterIds = (projection: Projection) => [...projection.base.clusters.ids];

export async function runNetworkBench(options: {
  actors: number;
  seed: number;
  requests: number;
  runs: number;
  log: (line: string) => void;
}): Promise<NetworkBenchResult> {
  const { log } = options;
  const dir = join(tmpdir(), `kobling-suggest-${options.actors}-${options.seed}`);
  const store = await prepareSuggestStore({ actors: options.actors, seed: options.seed, dir, log });
  const graph = await openGraph({
    engine: 'ladybug',
    path: store.path,
    bufferPoolBytes: store.bufferPoolBytes,
  });
  const live = LiveProjection.follow(graph);
  try {
    log('building the projection');
    await live.ready(30 * 60_000);
    const projection = live.current();
    const year = new Date().getUTCFullYear();

    log(`every cluster's measures for ${year}, cold, ${options.runs} runs`);
    const regionStarted = performance.now();
    NetworkAnalytics.uncached(projection).region(asOfYear(year), 'PUBLIC');
    const regionColdMs = performance.now() - regionStarted;
    log(`region network: ${fmtMs(regionColdMs)} ms`);
    const cold: number[] = [];
    let slowest = { id: '', members: 0, ms: 0 };
    for (let run = 0; run < options.runs; run += 1) {
      const analytics = NetworkAnalytics.uncached(projection);
      const started = performance.now();
      const times = allClusters(analytics, projection, year);
      cold.push(performance.now() - started);
      for (const t of times) if (t.ms > slowest.ms) slowest = t;
      log(
        `  run ${run + 1}: ${fmtMs(cold[run]!)} ms (slowest ${slowest.members} members: ${fmtMs(slowest.ms)} ms)`,
      );
    }
    const kept = NetworkAnalytics.of(projection);
    allClusters(kept, projection, year);
    const cachedStarted = performance.now();
    const sizes = allClusters(kept, projection, year);
    const allClustersCachedMs = performance.now() - cachedStarted;

    const api = createApi({ graph, projection: live });
    const post = async (query: string, variables: object) => {
      const response = await api.fetch('http://bench.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
    };
    const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
    const random = mulberry32(options.seed + 15);
    const clusters = clusterIds(projection);
    const pickCluster = () => clusters[Math.floor(random() * clusters.length)]!;
    // Match cards pair a member of some cluster with a candidate anywhere.
    const members: string[] = [];
    for (const id of clusters) {
      projection.forEachActiveMember(id, (i) => members.push(projection.actorIdAt(i)));
    }
    const pickActor = () => projection.actorIdAt(Math.floor(random() * projection.actorIndexLimit));
    const pickMember = () => members[Math.floor(random() * members.length)]!;

    log('warming up');
    for (const id of clusters) await post(CLUSTER_NETWORK_QUERY, { id: gid('Cluster', id) });
    for (let i = 0; i < 50; i += 1) {
      await post(TIE_IMPACT_QUERY, { a: gid('Actor', pickMember()), b: gid('Actor', pickActor()) });
    }
    log(`Cluster.network: ${options.requests} requests`);
    const clusterSamples = await time(
      () => post(CLUSTER_NETWORK_QUERY, { id: gid('Cluster', pickCluster()) }),
      options.requests,
    );
    log(`tieImpact: ${options.requests} requests`);
    const impactSamples = await time(
      () => post(TIE_IMPACT_QUERY, { a: gid('Actor', pickMember()), b: gid('Actor', pickActor()) }),
      options.requests,
    );
    const typenameSamples = await time(() => post('{ __typename }', {}), options.requests);
    return {
      actors: options.actors,
      clusters: clusters.length,
      year,
      largestCluster: Math.max(...sizes.map((s) => s.members)),
      allClustersColdMs: cold,
      allClustersCachedMs,
      slowestCluster: slowest,
      regionColdMs,
      clusterNetwork: summarize(clusterSamples),
      tieImpact: summarize(impactSamples),
      typename: summarize(typenameSamples),
    };
  } finally {
    live.close();
    await graph.close();
  }
}

export function networkMarkdown(r: NetworkBenchResult, command: string): string {
  const ms = (x: number) => `${fmtMs(x)} ms`;
  const meets = (x: number, target: number) => (x <= target ? 'meets' : '**misses**');
  const cold = median(r.allClustersColdMs);
  return [
    `Run ${new Date().toISOString().slice(0, 10)} with \`${command}\` on the generated graph of ` +
      `${fmtInt(r.actors)} actors (the matchmaking bench's kept LadybugDB store; ${r.clusters} clusters, ` +
      `the largest with ${fmtInt(r.largestCluster)} members in ${r.year}). Public ties, as a visitor sees them.`,
    '',
    '| what | figure | target |',
    '| --- | --- | --- |',
    `| every cluster's measures for ${r.year}, cold (median of ${r.allClustersColdMs.length} runs; the year's ties built once, then each cluster: size, components, degrees, Louvain, betweenness, constraint, cut vertices, bridges, bus factor, E-I, T(UIG), brokers, alerts) | ${ms(cold)} | ≤ 2 s: ${meets(cold, 2000)} |`,
    `| the same from the cache kept with the projection version | ${ms(r.allClustersCachedMs)} | |`,
    `| slowest cluster (${fmtInt(r.slowestCluster.members)} members), cold | ${ms(r.slowestCluster.ms)} | |`,
    `| the region's network for the year (the ties of every project running), cold | ${ms(r.regionColdMs)} | |`,
    `| \`Cluster.network\` through GraphQL (200 members with community and brokerage, brokers, fragility, balance), p50 / p95 | ${ms(r.clusterNetwork.p50)} / ${ms(r.clusterNetwork.p95)} | p95 ≤ 30 ms: ${meets(r.clusterNetwork.p95, 30)} |`,
    `| \`tieImpact\` (a member and any actor) through GraphQL, p50 / p95 | ${ms(r.tieImpact.p50)} / ${ms(r.tieImpact.p95)} | p95 ≤ 20 ms: ${meets(r.tieImpact.p95, 20)} |`,
    `| baseline \`{ __typename }\` on the same yoga, p50 / p95 | ${ms(r.typename.p50)} / ${ms(r.typename.p95)} | |`,
    '',
    `GraphQL figures are ${fmtInt(r.clusterNetwork.samples)} sequential requests each on random clusters ` +
      'and pairs after a warm-up over every cluster: the answers are kept per projection version, as in ' +
      'the server (a write publishes a new version, and the next request computes anew — the cold row above).',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      requests: { type: 'string', default: '300' },
      runs: { type: 'string', default: '5' },
      'no-write': { type: 'boolean', default: false },
    },
    strict: false,
  });
  const result = await runNetworkBench({
    actors: Number(values.actors),
    seed: Number(values.seed),
    requests: Number(values.requests),
    runs: Number(values.runs),
    log: (l) => console.info(`  ${l}`),
  });
  console.info(JSON.stringify(result, null, 2));
  if (!values['no-write']) {
    const doc = fileURLToPath(new URL('../../../../docs/benchmarks.md', import.meta.url));
    writeSection(doc, NETWORK_SECTION, networkMarkdown(result, 'npm run bench -- --only network'));
    console.info(`wrote "${NETWORK_SECTION}" in docs/benchmarks.md`);
  }
}
