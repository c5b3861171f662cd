/**
 * Norwegian organisation number check (9 digits, mod-11 check digit, weights 3 2 7 6 5 4 3 2).
 * Local stand-in: replace with the @kobling/domain org-number validator once it is published.
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export type OrgNumberProblem = 'FORMAT' | 'CHECKSUM';

/** The check digit for the first eight digits, or -1 when no valid check digit exists (rest 1). */
export function orgNumberCheckDigit(firstEight: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (firstEight.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  const rest = sum % 11;
  if (rest === 0) return 0;
  if (rest === 1) return -1;
  return 11 - rest;
}

/** null when valid, otherwise what is wrong with it. */
export function checkOrgNumber(value: string): OrgNumberProblem | null {
  if (!/^\d{9}$/.test(value)) return 'FORMAT';
  return orgNumberCheckDigit(value) === value.charCodeAt(8) - 48 ? null : 'CHECKSUM';
}
