import { describe, expect, it } from 'vitest';
import { isTrl, trlError, trlSchema } from './trl.ts';

describe('TRL', () => {
  it.each([1, 5, 9])('accepts %i', (v) => {
    expect(trlError(v)).toBeNull();
    expect(isTrl(v)).toBe(true);
  });

  it.each([0, 10, -1, 4.5, Number.NaN])('rejects %d with the exact message', (v) => {
    expect(trlError(v)).toBe(`TRL must be 1–9 (got ${v})`);
  });

  it('says which value was wrong', () => {
    expect(trlError(10)).toBe('TRL must be 1–9 (got 10)');
    expect(trlSchema.safeParse(10).error?.issues[0]?.message).toBe('TRL must be 1–9 (got 10)');
    expect(isTrl('5')).toBe(false);
  });
});
