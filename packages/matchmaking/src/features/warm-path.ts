import type { Candidate, TieRef } from '../candidate.ts';
import type { FeatureResult, IntroducerEvidence, WarmPathEvidence } from './types.ts';

/** Chance-like weight of one perfect introducer path; paths combine as a noisy-OR. */
export const WARM_PATH_BASE = 0.6;
/** A shared cluster is a weaker tie than a shared project. */
export const TIE_STRENGTH = { PROJECT: 1, CLUSTER: 0.5 } as const satisfies Record<
  TieRef['kind'],
  number
>;

/**
 * Strength of one introducer path: both ties' strengths, divided by ln(partnerCount) once the
 * introducer has more than e ≈ 2.7 partners — a hub that knows everyone is a weak bridge (the same
 * 1/ln(degree) reasoning as Adamic-Adar).
 */
export function pathStrength(i: {
  withSeeker: TieRef;
  withCandidate: TieRef;
  partnerCount: number;
}): number {
  const hub = 1 / Math.max(1, Math.log(Math.max(1, i.partnerCount)));
  return TIE_STRENGTH[i.withSeeker.kind] * TIE_STRENGTH[i.withCandidate.kind] * hub;
}

/**
 * Warm paths: actors who have worked with both sides and can introduce them.
 *
 *   value = 1 − Π_i (1 − WARM_PATH_BASE · strength_i)
 *
 * One project-project introducer with few partners gives 0.6, two give 0.84.
 */
export function warmPath(
  candidate: Candidate,
  withEvidence = true,
): FeatureResult<WarmPathEvidence> {
  if (!withEvidence) {
    // Same value: the strongest path per distinct introducer, combined by noisy-OR.
    const xs = candidate.intermediaries;
    let miss = 1;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as Candidate['intermediaries'][number];
      if (x.id === candidate.id) continue;
      // Count each introducer once, at its first row, with its strongest path (the same order
      // of multiplication as the evidence pass, so the floating-point result is identical).
      let s = pathStrength(x);
      let first = true;
      for (let j = 0; j < xs.length; j++) {
        const y = xs[j] as Candidate['intermediaries'][number];
        if (j === i || y.id !== x.id) continue;
        if (j < i) first = false;
        s = Math.max(s, pathStrength(y));
      }
      if (first) miss *= 1 - WARM_PATH_BASE * s;
    }
    return { value: 1 - miss, evidence: { introducers: [] } };
  }
  const byId = new Map<string, IntroducerEvidence>();
  for (const i of candidate.intermediaries) {
    if (i.id === candidate.id) continue;
    const strength = pathStrength(i);
    const cur = byId.get(i.id);
    // One actor is one introducer, whatever number of rows retrieval produced for it.
    if (!cur || strength > cur.strength) {
      byId.set(i.id, {
        id: i.id,
        name: i.name,
        withSeeker: i.withSeeker,
        withCandidate: i.withCandidate,
        strength,
      });
    }
  }
  let miss = 1;
  for (const i of byId.values()) miss *= 1 - WARM_PATH_BASE * i.strength;
  const introducers = [...byId.values()].sort(
    (a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1),
  );
  return { value: 1 - miss, evidence: { introducers } };
}
