/**
 * Micro-benchmark of the scoring kernel: rankCandidates over realistic candidate rows (what
 * retrieval returns), reported as nanoseconds per candidate edge and per candidate.
 * Run: `npm run bench -w @kobling/matchmaking` (or `node src/bench/kernel-bench.ts`).
 */
import { seededRandom } from '@kobling/domain';
import { topicStats, type Candidate, type Seeker, type TopicInfo } from '../candidate.ts';
import { rankCandidates } from '../rank.ts';

export interface KernelBenchOptions {
  readonly candidates?: number;
  readonly topicsPerCandidate?: number;
  readonly runs?: number;
  readonly seed?: number;
}

export interface KernelBenchResult {
  readonly candidates: number;
  readonly topicsPerCandidate: number;
  /** Topic, cluster, project, introducer, offer and need entries over all rows. */
  readonly edges: number;
  readonly runs: number;
  /** Median wall time of one rankCandidates call (top 20, explained). */
  readonly medianMs: number;
  readonly nsPerEdge: number;
  readonly nsPerCandidate: number;
}

/** Rows shaped like retrieval output on the region graph: 300 topics in a two-level taxonomy. */
export function benchInput(options: KernelBenchOptions = {}): {
  seeker: Seeker;
  rows: Candidate[];
  stats: ReturnType<typeof topicStats>;
} {
  const n = options.candidates ?? 2000;
  const perRow = options.topicsPerCandidate ?? 10;
  const rng = seededRandom(options.seed ?? 42);
  const topics: TopicInfo[] = [];
  for (let b = 0; b < 30; b++) {
    topics.push({
      id: `t${b}`,
      name: `Topic ${b}`,
      nameNb: `Tema ${b}`,
      actorCount: rng.int(50, 2000),
    });
    for (let j = 0; j < 9; j++) {
      topics.push({
        id: `t${b}-${j}`,
        name: `Topic ${b}.${j}`,
        nameNb: `Tema ${b}.${j}`,
        actorCount: rng.int(2, 400),
        broaderId: `t${b}`,
      });
    }
  }
  const ids = topics.map((t) => t.id);
  const stats = topicStats(10_000, topics);
  const seeker: Seeker = {
    type: 'ACTOR',
    id: 'seeker',
    actorId: 'seeker',
    helix: 'INDUSTRY',
    kind: 'COMPANY',
    municipality: { code: '5001', name: 'Trondheim' },
    topics: rng
      .shuffle(ids)
      .slice(0, 10)
      .map((topicId) => ({ topicId, weight: rng.int(3, 10) / 10 })),
    needs: [{ id: 'n', title: 'A need', topicIds: rng.shuffle(ids).slice(0, 3) }],
    offers: [{ id: 'o', title: 'An offer', topicIds: rng.shuffle(ids).slice(0, 3) }],
  };
  const rows: Candidate[] = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `Candidate ${i}`,
    kind: 'RESEARCH_GROUP',
    helix: rng.pick(['INDUSTRY', 'ACADEMIA', 'GOVERNMENT'] as const),
    municipality: { code: rng.pick(['5001', '5031', '5028']), name: 'M' },
    inRegion: true,
    topics: rng
      .shuffle(ids)
      .slice(0, perRow)
      .map((topicId) => ({ topicId, weight: rng.int(3, 10) / 10 })),
    sharedClusters: Array.from({ length: rng.int(0, 2) }, (_, j) => ({
      id: `k${j}`,
      name: `Cluster ${j}`,
      memberCount: rng.int(10, 300),
    })),
    sharedProjects:
      rng.next() < 0.1 ? [{ id: `p${i}`, title: 'Project', participantCount: rng.int(2, 10) }] : [],
    intermediaries: Array.from({ length: rng.int(0, 3) }, (_, j) => ({
      id: `x${j}`,
      name: `Introducer ${j}`,
      withSeeker: { kind: 'PROJECT' as const, id: `ps${j}`, name: 'P' },
      withCandidate: { kind: 'CLUSTER' as const, id: `kc${j}`, name: 'K' },
      partnerCount: rng.int(2, 60),
    })),
    projectCount: rng.int(0, 20),
    technologyCount: rng.int(0, 3),
    introductions: {
      accepted: rng.int(0, 3),
      declined: rng.int(0, 2),
      expired: rng.int(0, 2),
      completed: 0,
    },
    offers:
      rng.next() < 0.2
        ? [{ id: `o${i}`, title: 'Offer', topicIds: rng.shuffle(ids).slice(0, 3) }]
        : [],
    needs:
      rng.next() < 0.1
        ? [{ id: `n${i}`, title: 'Need', topicIds: rng.shuffle(ids).slice(0, 2) }]
        : [],
    isExistingPartner: false,
  }));
  return { seeker, rows, stats };
}

export function runKernelBench(options: KernelBenchOptions = {}): KernelBenchResult {
  const { seeker, rows, stats } = benchInput(options);
  const runs = options.runs ?? 30;
  let edges = 0;
  for (const r of rows) {
    edges +=
      r.topics.length +
      r.sharedClusters.length +
      r.sharedProjects.length +
      r.intermediaries.length +
      r.offers.length +
      r.needs.length;
  }
  for (let i = 0; i < 5; i++) rankCandidates(seeker, rows, { topicStats: stats, limit: 20 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    rankCandidates(seeker, rows, { topicStats: stats, limit: 20 });
    times.push(Number(process.hrtime.bigint() - t0));
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return {
    candidates: rows.length,
    topicsPerCandidate: options.topicsPerCandidate ?? 10,
    edges,
    runs,
    medianMs: median / 1e6,
    nsPerEdge: median / edges,
    nsPerCandidate: median / rows.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runKernelBench();
  console.info(
    `kernel: ${r.candidates} candidates × ${r.topicsPerCandidate} topics, ${r.edges} edges — median ${r.medianMs.toFixed(2)} ms per ranking (top 20 explained), ` +
      `${r.nsPerEdge.toFixed(0)} ns/edge, ${r.nsPerCandidate.toFixed(0)} ns/candidate (${r.runs} runs, Node ${process.version})`,
  );
}
