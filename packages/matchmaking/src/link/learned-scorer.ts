import { Cdf, seededRandom, type SeededRandom } from '@kobling/domain';
import { edgesOf, linkGraph, type LinkGraph } from './link-graph.ts';
import { LocalEvidence, forEachSourceRun } from './local-evidence.ts';
import { fitLogistic, logit, type LogisticModel } from './logistic.ts';
import type { LinkScorer } from './scorer.ts';

/**
 * The features of a pair (u, v), in this order, then one per membership kind of the graph
 * (Adamic-Adar over shared groups, on the Kobling graph: clusters and topics):
 * - cn: ln(1 + common neighbours);
 * - aa, ra: Adamic-Adar and resource allocation;
 * - l3: ln(1 + degree-normalised paths of length 3);
 * - degreeSum: ln(1 + d_u) + ln(1 + d_v) (preferential attachment, in logs);
 * - degreeGap: |ln(1 + d_u) − ln(1 + d_v)| (whether hubs tie to hubs or to leaves).
 * Logarithms keep counts that span orders of magnitude usable by a linear model.
 */
export const LINK_FEATURES = ['cn', 'aa', 'ra', 'l3', 'degreeSum', 'degreeGap'] as const;

export interface LearnedScorerOptions {
  /** Share of the observed ties held out per training round (default 0.1, as the probe). */
  readonly holdOutFraction?: number;
  /** Training rounds, each with a fresh hold-out (default 5): more positives on small graphs. */
  readonly rounds?: number;
  /** Non-ties drawn per held-out tie (default 4). */
  readonly negativesPerPositive?: number;
  /** At most this many held-out ties per round (default 4,000): large graphs stay cheap. */
  readonly maxPositivesPerRound?: number;
  /**
   * On a graph of more nodes than this, the non-ties of each distance class are counted and drawn
   * from this many source nodes picked at random in each round, instead of from every node
   * (default: every node). Counting a node's classes walks three hops from it, which on a graph of
   * 100,000 actors took a minute a round; a uniform sample of sources keeps the draw uniform within
   * each class and the class sizes unbiased (scaled by n / sample).
   */
  readonly sampleSources?: number;
  readonly seed?: number;
}

/**
 * One logistic model per distance class of a pair: 2 (a common neighbour), 3 (no common
 * neighbour but a path of length 3), and farther. Their evidence differs in kind, and one linear
 * model over all pairs lets the bulk of far pairs set the weights that decide the top of the
 * ranking — on co-authorship and protein networks that put distance-3 pairs with many paths above
 * pairs with shared neighbours. Negatives are drawn uniformly within each class and every bias is
 * corrected for its class's sampling rate, so the logits share one scale (log-odds of a tie).
 */
export type RegimeModels = readonly [LogisticModel, LogisticModel, LogisticModel];

/** The distance class of (u, v) from u's loaded evidence: 0, 1 or 2 as in RegimeModels. */
function regimeOf(e: LocalEvidence, v: number): 0 | 1 | 2 {
  return (e.cn[v] as number) > 0 ? 0 : (e.l3[v] as number) > 0 ? 1 : 2;
}

/** Below this many held-out ties per round there is nothing to learn from. */
const MIN_POSITIVES = 5;

/**
 * The models trained on one graph, able to score any graph with the same membership kinds — a
 * later version of the graph it was trained on, so a live graph that changes by a few ties does not
 * train again on every change (docs/matchmaking.md §The live graph feature). Scoring reuses one
 * set of evidence buffers, grown when a graph has more nodes; it is synchronous, so no two
 * scorings share them at once.
 */
export class LearnedLinkModel {
  readonly models: RegimeModels;
  /** The tie count of the graph it was trained on. */
  readonly trainedTies: number;
  /** The membership kinds of that graph: a graph it scores must have as many. */
  readonly groupKinds: number;
  private evidence: LocalEvidence | null = null;
  private readonly row: Float64Array;

  constructor(models: RegimeModels, trainedTies: number, groupKinds: number) {
    this.models = models;
    this.trainedTies = trainedTies;
    this.groupKinds = groupKinds;
    this.row = new Float64Array(LINK_FEATURES.length + groupKinds);
  }

  /** The log-odds of a tie for each pair (us[i], vs[i]) of g. */
  scoreBatch(g: LinkGraph, us: Int32Array, vs: Int32Array): Float64Array {
    if ((g.groups?.length ?? 0) !== this.groupKinds) {
      throw new RangeError(
        `the model knows ${this.groupKinds} membership kinds, the graph has ${g.groups?.length ?? 0}`,
      );
    }
    const evidence =
      this.evidence && this.evidence.size >= g.n
        ? this.evidence
        : new LocalEvidence(g.n, this.groupKinds);
    this.evidence = evidence;
    const { models, row } = this;
    const out = new Float64Array(us.length);
    forEachSourceRun(us, (u, from, to) => {
      evidence.load(g, u, true, true);
      for (let i = from; i < to; i++) {
        featuresOf(g, evidence, u, vs[i] as number, row, 0);
        out[i] = logit(models[regimeOf(evidence, vs[i] as number)], row);
      }
    });
    return out;
  }
}

/**
 * A learned combination of local evidence, trained self-supervised on the graph it scores:
 * hide a share of the observed ties, compute every pair's features on what is left, and fit a
 * logistic regression that tells the hidden ties from random non-ties. Scoring uses the features
 * on the whole observed graph and returns the logit (monotone in the predicted probability).
 *
 * The method is the supervised-classifier formulation of link prediction over topological
 * features (Lichtenwalter, Lussier & Chawla, KDD 2010; Al Hasan et al. 2006), trained on the
 * observed graph by holding ties out as in topological stacking (Ghasemian, Galstyan, Airoldi &
 * Clauset, PNAS 2020), with a linear model instead of their random forest: the features already
 * carry the non-linearity (logs), and a linear model is exact to reproduce and explain.
 */
export function createLearnedLinkScorer(options: LearnedScorerOptions = {}): LinkScorer & {
  prepare(g: LinkGraph): void;
  /** The fitted weights on the raw features (LINK_FEATURES, then the graph's groups). */
  modelsOf(g: LinkGraph): RegimeModels;
  /** Trains on g (once per graph) and returns the model, to score other graphs with it. */
  train(g: LinkGraph): LearnedLinkModel;
} {
  const trained = new WeakMap<LinkGraph, LearnedLinkModel>();
  const prepare = (g: LinkGraph): LearnedLinkModel => {
    let model = trained.get(g);
    if (!model) {
      model = new LearnedLinkModel(train(g, options), g.m, g.groups?.length ?? 0);
      trained.set(g, model);
    }
    return model;
  };
  return {
    name: 'learned',
    prepare(g) {
      prepare(g);
    },
    modelsOf: (g) => prepare(g).models,
    train: prepare,
    scoreBatch: (g, us, vs) => prepare(g).scoreBatch(g, us, vs),
  };
}

/** The scorer the matchmaking uses as its graph feature (default options). */
export const linkScorer = createLearnedLinkScorer();

/**
 * A learned score (log-odds of a tie) as a 0–1 feature value: the pair's odds against the odds
 * of an average pair of g, odds / (odds + average odds). An average pair reads 0.5, a pair with
 * no evidence near 0, a pair with strong evidence near 1 — a scale that does not depend on the
 * size of the graph, where the probability itself shrinks as the graph grows.
 */
export function linkScoreValue(g: LinkGraph, score: number): number {
  const pairs = (g.n * (g.n - 1)) / 2;
  if (!(g.m > 0 && pairs > g.m)) return 0;
  const averageLogOdds = Math.log(g.m / (pairs - g.m));
  return 1 / (1 + Math.exp(averageLogOdds - score));
}

function featureCount(g: LinkGraph): number {
  return LINK_FEATURES.length + (g.groups?.length ?? 0);
}

/** Writes the features of (u, v) at out[offset…]; `e` holds u's evidence on g. */
function featuresOf(
  g: LinkGraph,
  e: LocalEvidence,
  u: number,
  v: number,
  out: Float64Array,
  offset: number,
): void {
  const du = Math.log1p(g.degree[u] as number);
  const dv = Math.log1p(g.degree[v] as number);
  out[offset] = Math.log1p(e.cn[v] as number);
  out[offset + 1] = e.aa[v] as number;
  out[offset + 2] = e.ra[v] as number;
  out[offset + 3] = Math.log1p(e.l3[v] as number);
  out[offset + 4] = du + dv;
  out[offset + 5] = Math.abs(du - dv);
  for (let k = 0; k < e.group.length; k++) {
    out[offset + LINK_FEATURES.length + k] = Math.log1p((e.group[k] as Float64Array)[v] as number);
  }
}

/**
 * A regime with too few held-out ties to learn from: its base rate, then resource allocation,
 * paths of length 3 and degree as tie-breakers far below one unit of log-odds.
 */
function baseRateModel(d: number, positives: number, population: number): LogisticModel {
  const weights = new Float64Array(d);
  weights[2] = 1e-3;
  weights[3] = 1e-4;
  weights[4] = 1e-5;
  return { weights, bias: Math.log((positives + 0.5) / Math.max(1, population)) };
}

/** Training rows of one regime, over all rounds. */
class RegimeSample {
  readonly rows: number[] = [];
  readonly labels: number[] = [];
  positives = 0;
  negatives = 0;
  /** Non-ties of the regime, summed over rounds: what the negatives stand for. */
  population = 0;

  push(row: Float64Array, label: number): void {
    this.rows.push(...row);
    this.labels.push(label);
    if (label) this.positives++;
    else this.negatives++;
  }

  fit(d: number): LogisticModel {
    if (this.positives < MIN_POSITIVES || this.negatives < MIN_POSITIVES) {
      return baseRateModel(d, this.positives, this.population);
    }
    // Evidence may only raise the score; the two degree terms may go either way.
    const evidence = Array.from({ length: d }, (_, j) => j < 4 || j >= LINK_FEATURES.length);
    const model = fitLogistic(
      Float64Array.from(this.rows),
      Uint8Array.from(this.labels),
      d,
      evidence,
    );
    // Every positive was kept but only negatives/population of the non-ties: undo that rate.
    return { ...model, bias: model.bias + Math.log(this.negatives / this.population) };
  }
}

function train(g: LinkGraph, options: LearnedScorerOptions): RegimeModels {
  const d = featureCount(g);
  const fraction = options.holdOutFraction ?? 0.1;
  const rounds = options.rounds ?? 5;
  const ratio = options.negativesPerPositive ?? 4;
  const maxPositives = options.maxPositivesPerRound ?? 4000;
  const rng = seededRandom(options.seed ?? 1);
  const edges = edgesOf(g);
  const held = Math.min(maxPositives, Math.round(fraction * g.m));
  const samples = [new RegimeSample(), new RegimeSample(), new RegimeSample()] as const;
  const fit = (): RegimeModels => [samples[0].fit(d), samples[1].fit(d), samples[2].fit(d)];
  if (held < MIN_POSITIVES || (g.n * (g.n - 1)) / 2 - g.m < 1) return fit();

  const evidence = new LocalEvidence(g.n, g.groups?.length ?? 0);
  const row = new Float64Array(d);
  for (let round = 0; round < rounds; round++) {
    const order = shuffledEdgeIndices(g.m, rng);
    const hidden = new Uint8Array(g.m);
    for (let i = 0; i < held; i++) hidden[order[i] as number] = 1;
    const kept: number[] = [];
    const pairs: [number, number, number][] = [];
    for (let e = 0; e < g.m; e++) {
      const u = edges[2 * e] as number;
      const v = edges[2 * e + 1] as number;
      if (hidden[e]) pairs.push([u, v, 1]);
      else kept.push(u, v);
    }
    const reduced = linkGraph(g.n, kept, g.groups);
    const sources =
      options.sampleSources !== undefined && g.n > options.sampleSources
        ? sampledSources(g.n, options.sampleSources, rng)
        : null;
    const counts = nonTiesByRegime(g, reduced, evidence, sources);
    const scale = sources ? g.n / sources.length : 1;
    const wanted = Math.ceil((held * ratio) / 3);
    counts.forEach((perSource, r) => {
      let total = 0;
      for (const c of perSource) total += c;
      samples[r as 0 | 1 | 2].population += total * scale;
      if (total > 0) {
        pairs.push(...sampleRegime(g, reduced, evidence, r, perSource, wanted, rng));
      }
    });

    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    let loaded = -1;
    for (const [u, v, label] of pairs) {
      if (u !== loaded) {
        evidence.load(reduced, u, true, true);
        loaded = u;
      }
      featuresOf(reduced, evidence, u, v, row, 0);
      samples[regimeOf(evidence, v)].push(row, label);
    }
  }
  return fit();
}

/**
 * Calls `each(v)` for every non-tie (u, v > u) of g in distance class r of `reduced`; u's
 * evidence on `reduced` (with paths) is loaded.
 */
function forEachNonTie(
  g: LinkGraph,
  evidence: LocalEvidence,
  u: number,
  r: number,
  each: (v: number) => void,
): void {
  if (r < 2) {
    for (const v of evidence.reached()) {
      if (v > u && regimeOf(evidence, v) === r && !g.has(u, v)) each(v);
    }
    return;
  }
  for (let v = u + 1; v < g.n; v++) {
    if (regimeOf(evidence, v) === 2 && !g.has(u, v)) each(v);
  }
}

/**
 * Per distance class, per node u (every node, or the sampled `sources`; the others count 0): the
 * non-ties (u, v > u) of g in that class of `reduced`.
 */
function nonTiesByRegime(
  g: LinkGraph,
  reduced: LinkGraph,
  evidence: LocalEvidence,
  sources: Int32Array | null,
): [Float64Array, Float64Array, Float64Array] {
  const counts: [Float64Array, Float64Array, Float64Array] = [
    new Float64Array(g.n),
    new Float64Array(g.n),
    new Float64Array(g.n),
  ];
  for (const u of sources ?? Array.from({ length: g.n }, (_, i) => i)) {
    evidence.load(reduced, u, true, false);
    let near = 0;
    let mid = 0;
    for (const v of evidence.reached()) {
      if (v <= u || g.has(u, v)) continue;
      const r = regimeOf(evidence, v);
      if (r === 0) near++;
      else if (r === 1) mid++;
    }
    let ties = 0;
    for (const v of g.neighbors[u] as Int32Array) if (v > u) ties++;
    counts[0][u] = near;
    counts[1][u] = mid;
    counts[2][u] = g.n - 1 - u - ties - near - mid;
  }
  return counts;
}

/** `count` non-ties of distance class r drawn uniformly (with replacement): u by its share, then v. */
function sampleRegime(
  g: LinkGraph,
  reduced: LinkGraph,
  evidence: LocalEvidence,
  r: number,
  counts: Float64Array,
  count: number,
  rng: SeededRandom,
): [number, number, number][] {
  const cdf = new Cdf(counts);
  const sources = Array.from({ length: count }, () => cdf.sample(rng.next)).sort((a, b) => a - b);
  const out: [number, number, number][] = [];
  let loaded = -1;
  let options: number[] = [];
  for (const u of sources) {
    if (u !== loaded) {
      evidence.load(reduced, u, true, false);
      options = [];
      forEachNonTie(g, evidence, u, r, (v) => options.push(v));
      options.sort((a, b) => a - b);
      loaded = u;
    }
    out.push([u, options[Math.floor(rng.next() * options.length)] as number, 0]);
  }
  return out;
}

/** `count` distinct nodes of 0…n−1 drawn uniformly, in increasing order. */
function sampledSources(n: number, count: number, rng: SeededRandom): Int32Array {
  const picked = new Set<number>();
  while (picked.size < count) picked.add(Math.floor(rng.next() * n));
  return Int32Array.from(picked).sort();
}

function shuffledEdgeIndices(m: number, rng: SeededRandom): Int32Array {
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  for (let i = m - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}
