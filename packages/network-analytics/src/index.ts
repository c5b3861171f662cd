export {
  UNKNOWN_HELIX,
  buildNetwork,
  degreeOf,
  forEachTie,
  helixCode,
  helixName,
  isTied,
  type Network,
} from './network.ts';
export { componentLabels, structureOf, type DegreeCount, type Structure } from './structure.ts';
export { LOUVAIN_SEED, detectCommunities, type Communities } from './communities.ts';
export {
  ERROR_CONFIDENCE,
  EXACT_WORK,
  MIN_SOURCES,
  betweennessOf,
  type Betweenness,
} from './betweenness.ts';
export { holesAt, structuralHolesOf, type StructuralHoles } from './structural-holes.ts';
export {
  MAX_BUS_FACTOR,
  busFactorOf,
  cutsOf,
  type BusFactor,
  type Fragility,
} from './fragility.ts';
export {
  HELIX_BIT,
  eiIndexOf,
  eiOf,
  emptyCells,
  helixBitOfCode,
  tripleHelixInformation,
  type EiIndex,
  type HelixCells,
} from './triple-helix.ts';
export {
  DatedTies,
  asOfDate,
  asOfYear,
  inducedNetwork,
  type AsOf,
  type TieVisibility,
} from './dated-ties.ts';
export { ScopeAnalysis, type HelixTies } from './scope-analysis.ts';
export { NetworkAnalytics, type HelixTrendPoint } from './analytics.ts';
export { clusterHelixTrend } from './cluster-trend.ts';
export {
  IMPACT_LABELS,
  tieImpact,
  type Change,
  type EndBrokerage,
  type ImpactLabel,
  type ImpactLabelCode,
  type ScopeImpact,
  type TieEnd,
} from './tie-impact.ts';
export {
  ALERT_CODES,
  CLUSTER_TOPICS,
  clusterAlerts,
  type Alert,
  type AlertCode,
  type AlertFix,
} from './alerts.ts';
export { HELIX_WORDS, WHERE, type Text } from './text.ts';
