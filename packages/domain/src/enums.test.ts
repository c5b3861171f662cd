import { describe, expect, it } from 'vitest';
import { HELICES, isOneOf } from './enums.ts';

describe('isOneOf', () => {
  it('accepts exactly the values of the list', () => {
    expect(HELICES.every((h) => isOneOf(HELICES, h))).toBe(true);
    expect(isOneOf(HELICES, 'industry')).toBe(false);
    expect(isOneOf(HELICES, '')).toBe(false);
    expect(isOneOf(HELICES, null)).toBe(false);
    expect(isOneOf(HELICES, undefined)).toBe(false);
  });
});
