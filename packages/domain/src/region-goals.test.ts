import { describe, expect, it } from 'vitest';
import { REGION_GOALS } from './region-goals.ts';

const isUrl = (s: string): boolean => ['http:', 'https:'].includes(new URL(s).protocol);

describe('REGION_GOALS', () => {
  it('holds the 2025 goals with sources', () => {
    expect(REGION_GOALS).toMatchObject({ techCompanies: 1_000, techEmployees: 20_000, year: 2025 });
    expect(isUrl(REGION_GOALS.sourceRef)).toBe(true);
    expect(isUrl(REGION_GOALS.doubling.sourceRef)).toBe(true);
    expect(isUrl(REGION_GOALS.valueCreationShare.sourceRef)).toBe(true);
    expect(isUrl(REGION_GOALS.assessment2023.sourceRef)).toBe(true);
  });
});
