import { Worker } from 'node:worker_threads';
import {
  LearnedLinkModel,
  type LearnedScorerOptions,
  type RegimeModels,
} from './learned-scorer.ts';
import { flatten, type LinkGraph } from './link-graph.ts';
import type { TrainRequest } from './train-worker.ts';

/**
 * The learned link model of g, trained in a worker thread (train-worker.ts); the same model as
 * `createLearnedLinkScorer(options).train(g)` on the main thread. The worker does not keep the
 * process alive: a server that stops meanwhile does not wait for it.
 */
export function trainInWorker(
  g: LinkGraph,
  options: LearnedScorerOptions,
): Promise<LearnedLinkModel> {
  return new Promise((resolve, reject) => {
    const request: TrainRequest = { graph: flatten(g), options };
    const worker = new Worker(new URL('./train-worker.ts', import.meta.url), {
      workerData: request,
    });
    worker.unref();
    worker.once('message', (models: RegimeModels) => {
      resolve(new LearnedLinkModel(models, g.m, g.groups?.length ?? 0));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`link model training worker exited (${code})`));
    });
  });
}
