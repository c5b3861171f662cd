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
