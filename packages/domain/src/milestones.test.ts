import { describe, expect, it } from 'vitest';
import type { TechnologyStage } from './enums.ts';
import { type MilestonePoint, currentStage, validateMilestone } from './milestones.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const iso = (ms: number) => new Date(ms).toISOString();

/** A history with one milestone a day, ending ten days before NOW. */
function historyOf(...stages: TechnologyStage[]): MilestonePoint[] {
  const start = NOW - (stages.length + 10) * DAY;
  return stages.map((stage, i) => ({ stage, trl: 3, at: start + i * DAY }));
}
const point = (stage: TechnologyStage, at = NOW - DAY, trl = 4): MilestonePoint => ({
  stage,
  trl,
  at,
});
const messages = (h: MilestonePoint[], n: MilestonePoint) =>
  validateMilestone(h, n, NOW).map((i) => i.message);

describe('validateMilestone', () => {
  it('accepts any first stage', () => {
    expect(validateMilestone([], point('DISCLOSURE'), NOW)).toEqual([]);
    expect(validateMilestone([], point('LICENSING'), NOW)).toEqual([]);
  });

  it('lets stages advance, skip forward and repeat', () => {
    const h = historyOf('DISCLOSURE', 'EVALUATION');
    expect(messages(h, point('PROTECTION'))).toEqual([]);
    expect(messages(h, point('LICENSING'))).toEqual([]);
    expect(messages(h, point('EVALUATION'))).toEqual([]);
    expect(messages(historyOf('PROTECTION'), point('SPIN_OFF'))).toEqual([]);
    expect(messages(historyOf('SPIN_OFF'), point('FUNDED'))).toEqual([]);
    expect(messages(historyOf('FUNDED'), point('ON_MARKET'))).toEqual([]);
  });

  it('refuses to go back a stage', () => {
    expect(messages(historyOf('DISCLOSURE', 'PROTECTION'), point('EVALUATION'))).toEqual([
      'Stage cannot go back from PROTECTION to EVALUATION',
    ]);
    expect(messages(historyOf('ON_MARKET'), point('LICENSING'))).toEqual([
      'Stage cannot go back from ON_MARKET to LICENSING',
    ]);
  });

  it('treats LICENSING and SPIN_OFF as alternatives', () => {
    expect(messages(historyOf('LICENSING'), point('SPIN_OFF'))).toEqual([
      'LICENSING and SPIN_OFF are alternatives: SPIN_OFF cannot follow LICENSING',
    ]);
    expect(messages(historyOf('SPIN_OFF'), point('LICENSING'))).toEqual([
      'LICENSING and SPIN_OFF are alternatives: LICENSING cannot follow SPIN_OFF',
    ]);
    expect(messages(historyOf('LICENSING'), point('LICENSING'))).toEqual([]);
  });

  it('allows DROPPED from any stage, and nothing after it', () => {
    for (const stage of ['DISCLOSURE', 'LICENSING', 'ON_MARKET'] as const) {
      expect(messages(historyOf(stage), point('DROPPED'))).toEqual([]);
    }
    const h = historyOf('EVALUATION', 'DROPPED');
    const droppedAt = h[1]!.at;
    expect(validateMilestone(h, point('PROTECTION'), NOW)).toEqual([
      {
        path: ['stage'],
        message: `The technology was dropped on ${iso(droppedAt)}; no milestone can follow DROPPED`,
      },
    ]);
    expect(messages(h, point('DROPPED'))).toHaveLength(1);
  });

  it('checks the TRL', () => {
    expect(validateMilestone([], point('DISCLOSURE', NOW - DAY, 10), NOW)).toEqual([
      { path: ['trl'], message: 'TRL must be 1–9 (got 10)' },
    ]);
    expect(messages([], point('DISCLOSURE', NOW - DAY, 0))).toEqual(['TRL must be 1–9 (got 0)']);
  });

  it('lets the TRL go down on re-assessment', () => {
    const h = [point('EVALUATION', NOW - 3 * DAY, 6)];
    expect(messages(h, point('PROTECTION', NOW - DAY, 4))).toEqual([]);
  });

  it('refuses dates in the future', () => {
    const at = NOW + 1;
    expect(validateMilestone([], point('DISCLOSURE', at), NOW)).toEqual([
      { path: ['at'], message: `Milestone date ${iso(at)} is in the future (now is ${iso(NOW)})` },
    ]);
    expect(messages([], point('DISCLOSURE', NOW))).toEqual([]);
  });

  it('refuses dates before the latest milestone, in whatever order history comes', () => {
    const latest = point('PROTECTION', NOW - 2 * DAY);
    const h = [latest, point('DISCLOSURE', NOW - 9 * DAY)];
    const at = NOW - 3 * DAY;
    expect(messages(h, point('PROTECTION', at))).toEqual([
      `Milestone date ${iso(at)} is before the previous milestone (PROTECTION on ${iso(latest.at)})`,
    ]);
    expect(messages(h, point('PROTECTION', latest.at))).toEqual([]);
  });

  it('reports every broken rule at once', () => {
    const h = historyOf('FUNDED');
    expect(messages(h, { stage: 'EVALUATION', trl: 12, at: NOW + DAY })).toEqual([
      'TRL must be 1–9 (got 12)',
      `Milestone date ${iso(NOW + DAY)} is in the future (now is ${iso(NOW)})`,
      'Stage cannot go back from FUNDED to EVALUATION',
    ]);
  });

  it('refuses a date that is not epoch ms', () => {
    expect(messages([], point('DISCLOSURE', -5))).toEqual([
      'Milestone date must be a time in epoch milliseconds (got -5)',
    ]);
  });
});

describe('currentStage', () => {
  it('is the stage of the latest milestone', () => {
    expect(currentStage([])).toBeNull();
    expect(currentStage([point('FUNDED', NOW), point('PROTECTION', NOW - DAY)])).toBe('FUNDED');
  });
});
