/**
 * `npm run tune -w @kobling/matchmaking`: the grid search the default weights (src/weights.ts)
 * come from. It ranks the hold-out queries of the tuning graphs — planted graphs of both reported
 * sizes (300 and 2,000 actors) with seeds 1–3, never the reported seed 2026 nor the region seed — under
 * every weight setting of the grid and prints the settings by mean MRR over the four graphs.
 *
 * Only the five features a collaboration history can measure are searched (topicOverlap, warmPath,
 * proximity, locality, trackRecord); complementarity and responsiveness are constant for every
 * candidate of an actor seeker offline (no needs, no introductions), so they cannot move a ranking
 * here and keep their judged weights; textMatch is left out for actor seekers (weightsFor).
 */
import { fileURLToPath } from 'node:url';
import { computeFeatures } from '../features/index.ts';
import { FEATURES, type FeatureName } from '../features/types.ts';
import { scoreValue } from '../score.ts';
import { prepareSeeker } from '../seeker-context.ts';
import { DEFAULT_WEIGHTS, type Weights } from '../weights.ts';
import { splitForEvaluation } from './evaluate.ts';
import { mean } from './metrics.ts';
import { PLANTED_SIZES, plantedGraph } from './planted-graph.ts';

/** The graphs the weights are tuned on (docs/matchmaking.md §Weights). */
export const TUNING_GRAPHS = [
  { name: 'small seed 1', options: { ...PLANTED_SIZES.small, seed: 1 } },
  { name: 'small seed 2', options: { ...PLANTED_SIZES.small, seed: 2 } },
  { name: 'small seed 3', options: { ...PLANTED_SIZES.small, seed: 3 } },
  { name: 'large seed 1', options: { ...PLANTED_SIZES.large, seed: 1 } },
  { name: 'large seed 2', options: { ...PLANTED_SIZES.large, seed: 2 } },
  { name: 'large seed 3', options: { ...PLANTED_SIZES.large, seed: 3 } },
] as const;

/**
 * The features searched, and the values each takes on the grid. Only ratios matter (score.ts), so
 * topicOverlap is the anchor at 0.2 and the others range from nothing to twice its weight.
 */
const ANCHOR = { topicOverlap: 0.2 } as const;
export const TUNED_FEATURES = [
  'warmPath',
  'proximity',
  'locality',
  'trackRecord',
] as const satisfies readonly FeatureName[];
const GRID = [0, 0.04, 0.08, 0.12, 0.16, 0.2, 0.3] as const;

/** One query with every candidate's feature values computed once: a setting only re-weights. */
interface TuningQuery {
  readonly features: ReturnType<typeof computeFeatures>[];
  /** Pool positions (the pool is in id order, so a position compares as the id) of the answers. */
  readonly relevant: readonly number[];
}

function tuningQueries(options: (typeof TUNING_GRAPHS)[number]['options']): TuningQuery[] {
  const graph = plantedGraph(options);
  const split = splitForEvaluation({ graph, seed: options.seed, holdOutFraction: 0.2 });
  return split.queries.map((q) => {
    const ctx = prepareSeeker(q.seeker, split.stats);
    return {
      features: q.rows.map((row) => computeFeatures(ctx, row, false)),
      relevant: q.ids.flatMap((id, i) => (q.relevant.has(id) ? [i] : [])),
    };
  });
}

/**
 * MRR of one setting: the first answer's rank is 1 + the candidates ordered before it (higher
 * score, or the same score and a smaller id) — the order scoreCandidates gives, without sorting.
 */
function mrrOf(queries: readonly TuningQuery[], weights: Weights): number {
  let total = 0;
  for (const f of FEATURES) total += weights[f];
  return mean(
    queries.map((q) => {
      const scores = q.features.map((f) => scoreValue(f, weights, total));
      let best = Infinity;
      for (const r of q.relevant) {
        const s = scores[r] as number;
        let before = 0;
        for (let i = 0; i < scores.length; i++) {
          const t = scores[i] as number;
          if (t > s || (t === s && i < r)) before++;
        }
        best = Math.min(best, before + 1);
      }
      return Number.isFinite(best) ? 1 / best : 0;
    }),
  );
}

export interface TunedSetting {
  readonly weights: Readonly<Record<(typeof TUNED_FEATURES)[number], number>> & typeof ANCHOR;
  /** MRR per tuning graph, in TUNING_GRAPHS order, and their mean. */
  readonly mrr: readonly number[];
  readonly meanMrr: number;
}

/** Every grid setting, best mean MRR first, ties in grid order. */
export function tuneWeights(): TunedSetting[] {
  const graphs = TUNING_GRAPHS.map((g) => tuningQueries(g.options));
  const settings: TunedSetting[] = [];
  const values = new Array<number>(TUNED_FEATURES.length).fill(0);
  const visit = (k: number): void => {
    if (k === TUNED_FEATURES.length) {
      const tuned = {
        ...ANCHOR,
        ...(Object.fromEntries(TUNED_FEATURES.map((f, i) => [f, values[i]])) as Record<
          (typeof TUNED_FEATURES)[number],
          number
        >),
      };
      const weights: Weights = { ...DEFAULT_WEIGHTS, ...tuned, textMatch: 0 };
      const mrr = graphs.map((queries) => mrrOf(queries, weights));
      settings.push({ weights: tuned, mrr, meanMrr: mean(mrr) });
      return;
    }
    for (const v of GRID) {
      values[k] = v;
      visit(k + 1);
    }
  };
  visit(0);
  return settings.sort((a, b) => b.meanMrr - a.meanMrr);
}

function main(): void {
  // The defaults on the grid's scale (topicOverlap at the anchor's 0.2).
  const scale = ANCHOR.topicOverlap / DEFAULT_WEIGHTS.topicOverlap;
  const current = Object.fromEntries(TUNED_FEATURES.map((f) => [f, DEFAULT_WEIGHTS[f] * scale]));
  const settings = tuneWeights();
  const line = (s: TunedSetting) =>
    `${(['topicOverlap', ...TUNED_FEATURES] as const).map((f) => `${f} ${s.weights[f].toFixed(2)}`).join(', ')}: mean MRR ` +
    `${s.meanMrr.toFixed(4)} (${s.mrr.map((x) => x.toFixed(3)).join(' / ')})`;
  const defaults = settings.find((s) =>
    TUNED_FEATURES.every((f) => Math.abs(s.weights[f] - (current[f] ?? -1)) < 1e-9),
  );
  console.info(`tuning graphs: ${TUNING_GRAPHS.map((g) => g.name).join(', ')}`);
  console.info(`${settings.length} settings; the best 20:`);
  for (const s of settings.slice(0, 20)) console.info(`  ${line(s)}`);
  if (defaults) console.info(`the current defaults: ${line(defaults)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
