import { describe, expect, it } from 'vitest';
import {
  isValidOrgNumber,
  normalizeOrgNumber,
  orgNumberCheckDigit,
  orgNumberError,
  orgNumberSchema,
} from './org-number.ts';

describe('organisation number', () => {
  it.each(['974760673', '919477822', '966011726'])('accepts the real number %s', (n) => {
    expect(orgNumberError(n)).toBeNull();
    expect(isValidOrgNumber(n)).toBe(true);
  });

  it('computes the check digit with weights 3,2,7,6,5,4,3,2', () => {
    expect(orgNumberCheckDigit('97476067')).toBe(3);
    expect(orgNumberCheckDigit('91947782')).toBe(2);
    expect(orgNumberCheckDigit('12345678')).toBe(5);
  });

  it('maps remainder 0 (11) to check digit 0', () => {
    // 3*1 + 2*0 + 7*0 + 6*0 + 5*0 + 4*0 + 3*0 + 2*4 = 11 → remainder 0 → digit 0
    expect(orgNumberCheckDigit('10000004')).toBe(0);
    expect(orgNumberError('100000040')).toBeNull();
  });

  it('names the number, the expected and the given digit when the check fails', () => {
    expect(orgNumberError('123456789')).toBe(
      'Organisation number 123456789 fails the mod-11 check digit (expected 5, got 9)',
    );
    expect(orgNumberError('974760674')).toBe(
      'Organisation number 974760674 fails the mod-11 check digit (expected 3, got 4)',
    );
  });

  it('rejects eight digits that leave remainder 1 (no check digit possible)', () => {
    const firstEight = findFirstEightWithoutCheckDigit();
    expect(orgNumberCheckDigit(firstEight)).toBeNull();
    for (let d = 0; d <= 9; d += 1) {
      expect(orgNumberError(`${firstEight}${d}`)).toBe(
        `Organisation number ${firstEight}${d} fails the mod-11 check digit (no check digit is possible for ${firstEight})`,
      );
    }
  });

  it.each(['12345678', '1234567890', '97476067a', '', '974 760 673'])(
    'gives a distinct message for wrong length or non-digits: "%s"',
    (n) => {
      expect(orgNumberError(n)).toBe(`Organisation number must be exactly 9 digits (got "${n}")`);
    },
  );

  it('refuses control and bidirectional characters instead of echoing them', () => {
    expect(orgNumberError('974\u001b[2J760673')).toBe(
      'Organisation number must not contain control characters (found U+001B at character 4)',
    );
    expect(orgNumberSchema.safeParse('\u202E376067479').error?.issues[0]?.message).toBe(
      'Organisation number must not contain bidirectional control characters (found U+202E at character 1)',
    );
  });

  it('the schema removes spaces before checking and reports the message', () => {
    expect(normalizeOrgNumber('974 760 673')).toBe('974760673');
    expect(orgNumberSchema.parse('974 760 673')).toBe('974760673');
    const result = orgNumberSchema.safeParse('123456789');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Organisation number 123456789 fails the mod-11 check digit (expected 5, got 9)',
    );
  });
});

function findFirstEightWithoutCheckDigit(): string {
  for (let n = 10_000_000; n < 10_001_000; n += 1) {
    const s = String(n);
    if (orgNumberCheckDigit(s) === null) return s;
  }
  throw new Error('none found');
}
