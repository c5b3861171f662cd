export {
  ACTOR_KINDS,
  HELICES,
  NO_INTRODUCTIONS,
  topicStats,
  type ActorKind,
  type Candidate,
  type Helix,
  type IntroductionOutcomes,
  type Intermediary,
  type MunicipalityRef,
  type OpportunityRef,
  type Seeker,
  type SeekerTopic,
  type TextMatch,
  type SharedCluster,
  type SharedProject,
  type TieRef,
  type TopicInfo,
  type TopicStats,
  type WeightedTopic,
} from './candidate.ts';
export { MatchmakingError, type MatchmakingErrorCode } from './errors.ts';
export {
  FEATURES,
  type ComplementarityEvidence,
  type EvidenceByFeature,
  type FeatureName,
  type FeatureResult,
  type FeatureResults,
  type IntroducerEvidence,
  type LocalityEvidence,
  type NeedAnswer,
  type ProximityEvidence,
  type RelatedTopicEvidence,
  type ResponsivenessEvidence,
  type TopicOverlapEvidence,
  type TrackRecordEvidence,
  type WarmPathEvidence,
} from './features/types.ts';
export { computeFeatures } from './features/index.ts';
export { RELATED_TOPIC_FACTOR, idf, type NamedTopic, type TopicRelation } from './taxonomy.ts';
export { prepareSeeker, AD_HOC_NEED_ID, type SeekerContext } from './seeker-context.ts';
export { DEFAULT_WEIGHTS, resolveWeights, type Weights } from './weights.ts';
export { scoreFeatures, type Component } from './score.ts';
export {
  COMPLEMENTARITY_THRESHOLD,
  QUADRANTS,
  QUADRANT_LABELS,
  SIMILARITY_THRESHOLD,
  explain,
  quadrantOf,
  type Explanation,
  type Quadrant,
  type Reason,
  type Text,
} from './explain.ts';
export {
  DEFAULT_LIMIT,
  rankCandidates,
  scoreCandidates,
  type RankOptions,
  type ScoredCandidate,
  type Suggestion,
} from './rank.ts';
export {
  CONSORTIUM_ROLES,
  DEFAULT_PER_ROLE,
  MAX_TRIADS,
  TRIAD_WEIGHTS,
  assembleConsortium,
  pairTie,
  type ConsortiumCandidate,
  type ConsortiumInput,
  type ConsortiumOptions,
  type ConsortiumRole,
  type NamedRef,
  type PairTie,
  type TopicCoverage,
  type Triad,
  type TriadMember,
} from './consortium.ts';
export {
  LINK_METHODS,
  buildAdjacency,
  scorePair,
  topKLinks,
  type Adjacency,
  type LinkMethod,
  type LinkScore,
  type TopKOptions,
} from './link-prediction.ts';
export {
  EVAL_METHODS,
  evaluate,
  splitForEvaluation,
  statsOf,
  type EvalMethod,
  type EvalQuery,
  type EvalSplit,
  type EvaluateInput,
  type EvaluationResult,
  type MethodResult,
} from './eval/evaluate.ts';
export {
  EVAL_GRAPH_FORMAT,
  parseEvalGraph,
  type EvalActor,
  type EvalCluster,
  type EvalGraph,
  type EvalProject,
  type EvalTopic,
} from './eval/graph.ts';
export { PLANTED_SIZES, plantedGraph, type PlantedGraphOptions } from './eval/planted-graph.ts';
export { hitAtK, mean, ndcgAtK, precisionAtK, recallAtK, reciprocalRank } from './eval/metrics.ts';
export {
  runKernelBench,
  type KernelBenchOptions,
  type KernelBenchResult,
} from './bench/kernel-bench.ts';
export { TEXT_MATCH_WEIGHTS, topicsInText, type TopicVocabularyEntry } from './text-topics.ts';
export { TEXT_MATCH_POOL, relevanceAtRank } from './features/text-match.ts';
export {
  OUTCOME_LOOP,
  outcomeOf,
  weightsFromOutcomes,
  type Outcome,
  type OutcomeLoop,
  type OutcomeWeights,
} from './outcome-weights.ts';
export { outcomeWeights } from './retrieval/outcomes.ts';
export { REALISTIC_NEEDS, type RealisticNeed } from './eval/realistic-needs.ts';
export {
  NEED_MATCHES_FORMAT,
  evaluateNeeds,
  type NeedEvaluation,
  type NeedMatches,
} from './eval/needs-eval.ts';
export { ProjectedRetrieval, type NeedInput } from './retrieval/projected-retrieval.ts';
export { DEFAULT_RETRIEVAL_LIMITS, type RetrievalLimits } from './retrieval/limits.ts';
export { collaborationGraph } from './retrieval/collaboration-graph.ts';
export {
  LINK_MODEL_RETRAIN_SHARE,
  LIVE_TRAINING,
  linkModelFor,
  linkModelReady,
  withLinkScores,
} from './retrieval/link-feature.ts';
export { mergeTopics, poolTopics } from './retrieval/topic-selection.ts';
export {
  edgesOf,
  giantComponent,
  linkGraph,
  nodeGroups,
  type LinkGraph,
  type NodeGroups,
} from './link/link-graph.ts';
export type { LinkScorer } from './link/scorer.ts';
export {
  adamicAdarScorer,
  commonNeighboursScorer,
  resourceAllocationScorer,
} from './link/classic-scorers.ts';
export {
  LINK_FEATURES,
  LearnedLinkModel,
  createLearnedLinkScorer,
  linkScoreValue,
  linkScorer,
  type LearnedScorerOptions,
} from './link/learned-scorer.ts';
export { parseEdgeList } from './link/edge-list.ts';
export {
  evaluateLinkPrediction,
  type MeanSd,
  type MethodOutcome,
  type ProtocolOptions,
  type ProtocolResult,
  type RunScore,
} from './link/protocol.ts';
export {
  COMPARED_SCORERS,
  PUBLIC_NETWORKS,
  evaluateEdgeList,
  formatLinkResult,
} from './eval/public-networks.ts';
