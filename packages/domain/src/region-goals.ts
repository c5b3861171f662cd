/**
 * The region's goals for technology companies, with their sources
 * (/work/shared/reference/region-facts.md). A sourced fact of the strategic business plan: the
 * API serves it (Region.goals) and the region seed lists its sources among the facts' sources,
 * so it lives below both.
 */

/** Trondheimsregionen's own statement of the plan's goals. */
const PLAN_GOALS = 'https://trondheimsregionen.no/om-ossmoter/';

export const REGION_GOALS = {
  techCompanies: 1_000,
  techEmployees: 20_000,
  year: 2025,
  sourceRef: 'http://www.xn--nringslivnorge-0ib.no/vekst-i-norge/vi-skal-vokse-videre',
  /** Tech companies and their employees should double from 2014 to 2025. */
  doubling: { fromYear: 2014, toYear: 2025, sourceRef: PLAN_GOALS },
  /** The region's share of national value creation should equal its population share. */
  valueCreationShare: { sourceRef: PLAN_GOALS },
  /** The 2023 report calls the 1,000 / 20,000 targets "unrealistic". */
  assessment2023: {
    verdict: 'unrealistic',
    sourceRef: 'https://shifter.no/nyheter/rode-tall-for-veksten-i-norges-tech-hovedstad/375095',
  },
} as const;
