import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Graph } from '@kobling/graph';
import { LiveProjection } from '@kobling/projection';
import type { Projection } from '@kobling/projection';
import { fmtMs, percentile } from '@kobling/seeds';
import { suggestPartners } from '../matchmaking/service.ts';
import { gid, openMemoryGraph, seededGraph } from '../testing/fixture.ts';
import { createApi } from '../yoga.ts';

/*
 * What GraphQL adds to `suggestPartners`: the service call alone vs the same suggestions through
 * `yoga.fetch` (parse, validate, armor, execute, serialise), on the region seed in memory. The
 * seed is small on purpose: the store answers in a few ms, as the in-process projection will,
 * so the difference is the GraphQL layer and not the retrieval. The two are timed alternately,
 * so background load on the machine hits both alike.
 *
 *   npm run bench:graphql -w @kobling/api -- [--runs 300] [--warmup 50]
 *   (add --cpu-prof through NODE_OPTIONS to see where the GraphQL side spends its time)
 */

/** Every field of a suggestion and of its explanation, nested nodes by id and name. */
export const FULL_SUGGESTION_QUERY = /* GraphQL */ `
  query Suggest($actorId: ID!) {
    suggestPartners(seeker: { actorId: $actorId }, first: 20, language: EN) {
      actor {
        id
        name
        slug
        kind
        helix
        source
      }
      score
      quadrant
      quadrantLabel
      similarity
      complementarity
      isExistingPartner
      components {
        feature
        value
        weight
        contribution
      }
      reasons {
        feature
        value
        points
        text
        evidence {
          sharedTopics {
            id
            name
          }
          relatedTopics {
            topic {
              id
              name
            }
            wanted {
              id
              name
            }
            relation
          }
          sharedClusters {
            id
            name
          }
          sharedProjects {
            id
            title
          }
          introducers {
            actor {
              id
              name
            }
            name
            strength
            withSeeker {
              kind
              name
              project {
                id
              }
              cluster {
                id
              }
            }
            withCandidate {
              kind
              name
              project {
                id
              }
              cluster {
                id
              }
            }
          }
          answersNeed {
            ...Answer
          }
          needAnsweredBySeeker {
            ...Answer
          }
          crossHelix {
            seeker
            candidate
          }
          locality
          municipality {
            code
            name
          }
          projectCount
          technologyCount
          introductionsPositive
          introductionsAnswered
        }
      }
    }
  }
  fragment Answer on NeedAnswer {
    need {
      id
      title
    }
    needTitle
    by
    coverage
    offer {
      id
      title
    }
    topics {
      id
      name
    }
  }
`;

interface Summary {
  readonly p50: number;
  readonly p95: number;
}

const summarize = (samples: readonly number[]): Summary => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
});

/** Leaf values in a JSON result: the fields graphql-js resolved and completed. */
function leafCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + leafCount(v), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce((n: number, v) => n + leafCount(v), 0);
  }
  return 1;
}

/** The seeded actor whose suggestions carry the most explanation (largest service result). */
async function richestSeeker(graph: Graph, projection: Projection): Promise<string> {
  const actors = await graph.runner.read((tx) => graph.actors.list(tx, {}, { first: 500 }));
  let best = { id: '', size: -1 };
  for (const actor of actors.items) {
    const ref = { type: 'ACTOR', id: actor.id } as const;
    const size = JSON.stringify(suggestPartners(projection, ref, {}, 20)).length;
    if (size > best.size) best = { id: actor.id, size };
  }
  if (best.id === '') throw new Error('the seed holds no actor');
  return best.id;
}

/**
 * Wall time the per-request node loads (single queries outside a transaction, DataLoader
 * batches) keep the store busy: loads of one request run side by side, so the time any of them
 * is in flight counts.
 */
function loadClock(graph: Graph): { loadMs: number } {
  const clock = { loadMs: 0 };
  const runner = graph.runner;
  const run = runner.run.bind(runner);
  let inFlight = 0;
  let since = 0;
  runner.run = async (query, params) => {
    if (inFlight++ === 0) since = performance.now();
    try {
      return await run(query, params);
    } finally {
      if (--inFlight === 0) clock.loadMs += performance.now() - since;
    }
  };
  return clock;
}

export interface GraphqlCostResult {
  readonly service: Summary;
  readonly graphql: Summary;
  /** Per request: yoga.fetch minus the service call measured just before it. */
  readonly aroundService: Summary;
  /** Per request: node loads (DataLoader batches) in flight. */
  readonly nodeLoads: Summary;
  readonly responseBytes: number;
  readonly fields: number;
  readonly runs: number;
  /** Store round-trips of one service call, and of one request through GraphQL. */
  readonly serviceTrips: number;
  readonly graphqlTrips: number;
}

export async function runGraphqlCostBench(options: {
  runs: number;
  warmup: number;
}): Promise<GraphqlCostResult> {
  const graph = await seededGraph(openMemoryGraph);
  const live = LiveProjection.follow(graph);
  try {
    const projection = await live.ready(60_000);
    const api = createApi({ graph, projection: live });
    const seeker = await richestSeeker(graph, projection);
    const body = JSON.stringify({
      query: FULL_SUGGESTION_QUERY,
      variables: { actorId: gid('Actor', seeker) },
    });
    const viaGraphql = async (): Promise<string> => {
      const response = await api.fetch('http://bench.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return response.text();
    };
    const viaService = () => suggestPartners(live.current(), { type: 'ACTOR', id: seeker }, {}, 20);

    const sample = await viaGraphql();
    const parsed = JSON.parse(sample) as { data?: unknown; errors?: unknown };
    if (parsed.errors) throw new Error(`bench query failed: ${JSON.stringify(parsed.errors)}`);
    const trips = graph.runner.roundTrips;
    await viaService();
    const serviceTrips = graph.runner.roundTrips - trips;
    await viaGraphql();
    const graphqlTrips = graph.runner.roundTrips - trips - serviceTrips;

    const clock = loadClock(graph);
    const samples: Record<'service' | 'graphql' | 'around' | 'loads', number[]> = {
      service: [],
      graphql: [],
      around: [],
      loads: [],
    };
    for (let i = 0; i < options.warmup + options.runs; i += 1) {
      const s0 = performance.now();
      await viaService();
      const s1 = performance.now();
      clock.loadMs = 0;
      await viaGraphql();
      const s2 = performance.now();
      if (i < options.warmup) continue;
      samples.service.push(s1 - s0);
      samples.graphql.push(s2 - s1);
      // The service reads only the in-process projection: what the request adds is its time
      // minus the same service call measured just before it.
      samples.around.push(s2 - s1 - (s1 - s0));
      samples.loads.push(clock.loadMs);
    }
    return {
      service: summarize(samples.service),
      graphql: summarize(samples.graphql),
      aroundService: summarize(samples.around),
      nodeLoads: summarize(samples.loads),
      responseBytes: Buffer.byteLength(sample),
      fields: leafCount(parsed.data),
      runs: options.runs,
      serviceTrips,
      graphqlTrips,
    };
  } finally {
    live.close();
    await graph.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '50' },
    },
  });
  const result = await runGraphqlCostBench({
    runs: Number(values.runs),
    warmup: Number(values.warmup),
  });
  const row = (what: string, s: Summary) =>
    `${what.padEnd(34)} p50 ${fmtMs(s.p50)}  p95 ${fmtMs(s.p95)}`;
  console.info(
    [
      `suggestPartners(first: 20), every explanation field: ${(result.responseBytes / 1024).toFixed(1)} KiB, ${result.fields} leaf fields, ${result.runs} runs`,
      `store round-trips: service ${result.serviceTrips}, through GraphQL ${result.graphqlTrips}`,
      row('service alone', result.service),
      row('through yoga.fetch', result.graphql),
      row('difference (GraphQL cost)', {
        p50: result.graphql.p50 - result.service.p50,
        p95: result.graphql.p95 - result.service.p95,
      }),
      row('per request, around the service', result.aroundService),
      row('  of which node loads', result.nodeLoads),
    ].join('\n'),
  );
}
