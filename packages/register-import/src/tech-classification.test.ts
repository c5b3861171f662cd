import { describe, expect, it } from 'vitest';
import { DEFAULT_TECH_PREFIXES, DEFAULT_TECH_RULE, createTechRule } from './tech-classification.ts';

describe('tech classification', () => {
  it('defaults to high-tech and medium-high-tech manufacturing and high-tech KIS', () => {
    expect([...DEFAULT_TECH_PREFIXES].sort()).toEqual(
      ['20', '21', '26', '27', '28', '29', '30', '59', '60', '61', '62', '63', '72'].sort(),
    );
    for (const code of [
      '62.010',
      '63.110',
      '72.190',
      '26.110',
      '21.100',
      '20.140',
      '30.110',
      '61.100',
      '59.110',
    ]) {
      expect(DEFAULT_TECH_RULE.isTech(code)).toBe(true);
    }
    for (const code of [
      '64.190',
      '73.110',
      '47.110',
      '85.421',
      '71.129',
      '58.210',
      '2',
      '',
      null,
      undefined,
    ]) {
      expect(DEFAULT_TECH_RULE.isTech(code)).toBe(false);
    }
  });

  it('is configurable with prefixes at any level, dots optional', () => {
    const rule = createTechRule(['62', '26.1', '7219']);
    expect(rule.prefixes).toEqual(['62', '261', '7219']);
    expect(rule.isTech('62.090')).toBe(true);
    expect(rule.isTech('26.110')).toBe(true);
    expect(rule.isTech('26.200')).toBe(false);
    expect(rule.isTech('72.190')).toBe(true);
    expect(rule.isTech('72.110')).toBe(false);
    expect(rule.isTech('63.110')).toBe(false);
  });

  it('refuses an empty prefix', () => {
    expect(() => createTechRule(['.'])).toThrow(/at least one digit/);
  });
});
