/** How much of the graph one request may look at: every bound is a constant, whatever its size. */
export interface RetrievalLimits {
  /** Candidates scored per request. */
  readonly poolSize: number;
  /** Topics held by more actors than this are skipped when building the pool (hubs say little). */
  readonly hubTopicCap: number;
  /** Warm paths looked at per request. */
  readonly maxIntermediaryPaths: number;
  /**
   * Topic ties the topic pool may read (Σ actorCount of the topics it uses). Topics are taken
   * most informative first (wanted weight × rarity) while they fit, the first one always.
   */
  readonly topicRowBudget: number;
}

export const DEFAULT_RETRIEVAL_LIMITS: RetrievalLimits = {
  poolSize: 300,
  hubTopicCap: 5_000,
  maxIntermediaryPaths: 2_000,
  topicRowBudget: 20_000,
};
