/**
 * Which units count as technology companies, by their primary NACE (SN2007) code.
 *
 * A rule is a list of code prefixes compared against the code's digits (dots ignored), so "26"
 * matches "26.110" and "26.1" matches "26.110" but not "26.200". The default follows Eurostat's
 * published high-tech aggregation for NACE Rev. 2 (= SN2007); see
 * docs/decisions/0003-tech-classification.md for the list and the reasoning.
 */

/** High-technology manufacturing: pharmaceuticals (21); computer, electronic and optical products (26). */
export const HIGH_TECH_MANUFACTURING = ['21', '26'] as const;
/** Medium-high-technology manufacturing: chemicals (20), electrical equipment (27), machinery (28), motor vehicles (29), other transport equipment (30). */
export const MEDIUM_HIGH_TECH_MANUFACTURING = ['20', '27', '28', '29', '30'] as const;
/**
 * Knowledge-intensive high-technology services (Eurostat's Rev. 2 KIS aggregation): motion picture,
 * video, TV and sound (59), broadcasting (60), telecommunications (61), computer programming and
 * consultancy (62), information services (63), scientific research and development (72).
 */
export const HIGH_TECH_KIS = ['59', '60', '61', '62', '63', '72'] as const;

export const DEFAULT_TECH_PREFIXES: readonly string[] = [
  ...HIGH_TECH_MANUFACTURING,
  ...MEDIUM_HIGH_TECH_MANUFACTURING,
  ...HIGH_TECH_KIS,
];

export interface TechRule {
  /** The normalised prefixes (digits only), for reports. */
  readonly prefixes: readonly string[];
  /** True when the NACE code starts with one of the prefixes. */
  isTech(naceCode: string | null | undefined): boolean;
}

/** Builds a rule from code prefixes such as "62", "26.1" or "72.19". */
export function createTechRule(prefixes: readonly string[] = DEFAULT_TECH_PREFIXES): TechRule {
  const normalised = [...new Set(prefixes.map(digitsOf))];
  for (const p of normalised) {
    if (p.length === 0) throw new Error('a tech prefix must contain at least one digit');
  }
  const lengths = [...new Set(normalised.map((p) => p.length))].sort((a, b) => a - b);
  const set = new Set(normalised);
  return {
    prefixes: normalised,
    isTech(naceCode) {
      if (naceCode === null || naceCode === undefined) return false;
      const digits = digitsOf(naceCode);
      for (const n of lengths) {
        if (digits.length >= n && set.has(digits.slice(0, n))) return true;
      }
      return false;
    },
  };
}

export const DEFAULT_TECH_RULE: TechRule = createTechRule();

function digitsOf(code: string): string {
  return code.replace(/[^0-9]/g, '');
}
