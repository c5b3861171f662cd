import { parentPort, workerData } from 'node:worker_threads';
import { createLearnedLinkScorer, type LearnedScorerOptions } from './learned-scorer.ts';
import { unflatten, type FlatLinkGraph } from './link-graph.ts';

/*
 * Trains the learned link scorer on one graph off the main thread (link/train-in-worker.ts starts
 * it): on a live graph of 100,000 actors training takes about a minute, which must not hold up
 * the requests the main thread answers meanwhile.
 */

export interface TrainRequest {
  readonly graph: FlatLinkGraph;
  readonly options: LearnedScorerOptions;
}

const { graph, options } = workerData as TrainRequest;
const model = createLearnedLinkScorer(options).train(unflatten(graph));
parentPort?.postMessage(model.models);
