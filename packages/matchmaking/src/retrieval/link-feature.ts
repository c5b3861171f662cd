import type { Projection } from '@kobling/projection';
import type { Candidate, Seeker } from '../candidate.ts';
import {
  createLearnedLinkScorer,
  linkScoreValue,
  type LearnedLinkModel,
  type LearnedScorerOptions,
} from '../link/learned-scorer.ts';
import type { LinkGraph } from '../link/link-graph.ts';
import { trainInWorker } from '../link/train-in-worker.ts';
import { collaborationGraph } from './collaboration-graph.ts';

/*
 * The score's graph feature in live suggestions: the learned link scorer (src/link/) on the
 * collaboration graph of the version a request reads (collaboration-graph.ts), as the offline
 * evaluation uses it. The graph is built once per version; the model is trained in a worker
 * thread and reused by later versions (docs/matchmaking.md §The live graph feature has the rule
 * and why).
 */

/** A model is trained again once the graph has gained or lost this share of its ties. */
export const LINK_MODEL_RETRAIN_SHARE = 0.1;

/**
 * Training as offline, within a budget on large graphs: on the 100,000-actor graph (204,000 ties)
 * the default options took minutes a round; these take about a minute in all (1,000 held-out ties
 * a round, classes counted from 2,000 sources). Graphs of up to 2,000 actors and 10,000 ties —
 * the region seed, the offline graphs — train exactly as the offline scorer does.
 */
export const LIVE_TRAINING: LearnedScorerOptions = {
  maxPositivesPerRound: 1000,
  sampleSources: 2000,
};

/**
 * A graph this small trains in milliseconds to a second on the main thread, at once and the same
 * for every request (the region seed: 259 actors); a larger one trains in a worker meanwhile.
 */
const TRAIN_ON_THE_SPOT = { maxActors: 2000, maxTies: 10_000 } as const;

const onTheSpot = createLearnedLinkScorer(LIVE_TRAINING);

const trainsOnTheSpot = (g: LinkGraph): boolean =>
  g.n <= TRAIN_ON_THE_SPOT.maxActors && g.m <= TRAIN_ON_THE_SPOT.maxTies;

interface Trained {
  readonly model: LearnedLinkModel;
  /** The base the model's graph was built on: a rebuild of the projection trains again. */
  readonly base: Projection['base'];
}

interface LineageModels {
  trained: Trained | null;
  /** The training under way, if any: one at a time per follower. */
  training: Promise<Trained> | null;
  /** The base a training failed on: not tried again until the projection is rebuilt. */
  failedOn: Projection['base'] | null;
}

const byLineage = new WeakMap<object, LineageModels>();

function lineageOf(projection: Projection): LineageModels {
  let state = byLineage.get(projection.lineage);
  if (!state) {
    state = { trained: null, training: null, failedOn: null };
    byLineage.set(projection.lineage, state);
  }
  return state;
}

/**
 * The model for this version: the last one trained for the follower's versions, or null before
 * the first is ready. Trains when there is none yet, the projection was rebuilt since (a new base:
 * a fold of the changes or a bulk load), or the graph has gained or lost LINK_MODEL_RETRAIN_SHARE
 * of the ties the model was trained on — a small graph at once, a large one in a worker while the
 * last model serves.
 */
export function linkModelFor(projection: Projection): LearnedLinkModel | null {
  const state = lineageOf(projection);
  const g = collaborationGraph(projection);
  const { trained } = state;
  const stale =
    trained === null ||
    trained.base !== projection.base ||
    Math.abs(g.m - trained.model.trainedTies) >=
      LINK_MODEL_RETRAIN_SHARE * trained.model.trainedTies;
  if (stale && trainsOnTheSpot(g)) {
    state.trained = { model: onTheSpot.train(g), base: projection.base };
    return state.trained.model;
  }
  if (stale && state.training === null && state.failedOn !== projection.base) {
    const base = projection.base;
    const training = trainInWorker(g, LIVE_TRAINING).then((model) => ({ model, base }));
    state.training = training;
    training.then(
      (done) => {
        state.trained = done;
        state.training = null;
      },
      () => {
        state.failedOn = base;
        state.training = null;
      },
    );
  }
  return trained?.model ?? null;
}

/**
 * The model for this version once one is trained (starting the training linkModelFor would): for
 * a caller that must not score without it — tests, and benchmarks after their warm-up.
 */
export async function linkModelReady(projection: Projection): Promise<LearnedLinkModel> {
  const state = lineageOf(projection);
  const now = linkModelFor(projection);
  if (state.training) return (await state.training).model;
  if (now) return now;
  throw new Error('the link model could not be trained on this projection');
}

/**
 * The candidates with `linkScore` filled for a seeker that is an actor (or asks on behalf of
 * one): the learned likelihood of a tie between it and each candidate, on the 0–1 scale of
 * linkScoreValue. Left as they are — proximity then stays the Adamic-Adar sum over shared
 * clusters, projects and topics — for a need asked by nobody (it has no place in the graph) and
 * until the follower's first model is trained.
 */
export function withLinkScores(
  projection: Projection,
  seeker: Seeker,
  candidates: readonly Candidate[],
): readonly Candidate[] {
  const source = seeker.actorId === undefined ? undefined : projection.actorIndex(seeker.actorId);
  if (source === undefined || candidates.length === 0) return candidates;
  const model = linkModelFor(projection);
  if (!model) return candidates;
  const g = collaborationGraph(projection);
  // Rows come from the same version's retrieval, so every candidate is an actor of it.
  const targets = Int32Array.from(candidates, (c) => projection.actorIndex(c.id) ?? source);
  const scores = model.scoreBatch(g, new Int32Array(targets.length).fill(source), targets);
  return candidates.map((c, i) =>
    targets[i] === source ? c : { ...c, linkScore: linkScoreValue(g, scores[i] as number) },
  );
}
