import type { TechnologyStage } from './enums.ts';
import type { DomainIssue } from './errors.ts';
import { trlError } from './trl.ts';

/*
 * The commercialisation pipeline (region-facts.md §8): disclosure → evaluation → protection →
 * licence OR spin-off → follow-on funding → on the market. The rules for a new milestone:
 *
 * 1. Nothing follows DROPPED: a dropped technology is closed; revive it as a new technology.
 * 2. TRL is an integer 1–9. It may go down as well as up (re-assessment is normal).
 * 3. The date is not in the future (a milestone records what happened).
 * 4. The date is not before the latest milestone already recorded (equal is fine).
 * 5. The stage may repeat (e.g. a second patent filing) or advance, skipping stages if need be
 *    (a technology may be licensed without a patent), but never go back.
 * 6. LICENSING and SPIN_OFF are alternatives at the same rank: once one is reached, the other
 *    cannot follow.
 * 7. DROPPED may follow any stage.
 * The first milestone may be at any stage, since imported technologies join mid-way.
 */
const STAGE_RANK: Readonly<Record<Exclude<TechnologyStage, 'DROPPED'>, number>> = {
  DISCLOSURE: 0,
  EVALUATION: 1,
  PROTECTION: 2,
  LICENSING: 3,
  SPIN_OFF: 3,
  FUNDED: 4,
  ON_MARKET: 5,
};

export interface MilestonePoint {
  readonly stage: TechnologyStage;
  readonly trl: number;
  /** Epoch ms. */
  readonly at: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Every reason `next` cannot be added to `history` at time `now`, each with the field it is
 * about (stage, trl or at); [] when it can. `history` may be in any order: the latest
 * milestone is the one with the greatest `at`.
 */
export function validateMilestone(
  history: readonly MilestonePoint[],
  next: MilestonePoint,
  now: number,
): DomainIssue[] {
  const problems: DomainIssue[] = [];
  const add = (field: 'stage' | 'trl' | 'at', message: string) =>
    problems.push({ path: [field], message });
  const latest = history.reduce<MilestonePoint | null>(
    (acc, m) => (acc === null || m.at >= acc.at ? m : acc),
    null,
  );
  const dropped = history.find((m) => m.stage === 'DROPPED');
  if (dropped) {
    add(
      'stage',
      `The technology was dropped on ${iso(dropped.at)}; no milestone can follow DROPPED`,
    );
  }
  const trl = trlError(next.trl);
  if (trl !== null) add('trl', trl);
  if (!Number.isSafeInteger(next.at) || next.at < 0) {
    add('at', `Milestone date must be a time in epoch milliseconds (got ${next.at})`);
  } else {
    if (next.at > now) {
      add('at', `Milestone date ${iso(next.at)} is in the future (now is ${iso(now)})`);
    }
    if (latest !== null && next.at < latest.at) {
      add(
        'at',
        `Milestone date ${iso(next.at)} is before the previous milestone (${latest.stage} on ${iso(latest.at)})`,
      );
    }
  }
  if (latest !== null && !dropped && next.stage !== 'DROPPED' && latest.stage !== 'DROPPED') {
    const from = STAGE_RANK[latest.stage];
    const to = STAGE_RANK[next.stage];
    if (to < from) {
      add('stage', `Stage cannot go back from ${latest.stage} to ${next.stage}`);
    } else if (to === from && next.stage !== latest.stage) {
      add(
        'stage',
        `LICENSING and SPIN_OFF are alternatives: ${next.stage} cannot follow ${latest.stage}`,
      );
    }
  }
  return problems;
}

/** The stage a technology is at after its milestones: that of the latest one. */
export function currentStage(history: readonly MilestonePoint[]): TechnologyStage | null {
  let latest: MilestonePoint | null = null;
  for (const m of history) if (latest === null || m.at >= latest.at) latest = m;
  return latest?.stage ?? null;
}
