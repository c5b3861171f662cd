import type { Graph } from '@kobling/graph';

/** What every use case runs on; callers add what a use case needs beyond it. */
export interface UseCaseDeps {
  readonly graph: Graph;
  /** Epoch ms: the API's clock, which tests move. A use case reads it once. */
  readonly now: () => number;
}
