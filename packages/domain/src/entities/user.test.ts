import { describe, expect, it } from 'vitest';
import { fromZodError } from '../errors.ts';
import { passwordSchema, userCreateInput } from './user.ts';

describe('User', () => {
  it('refuses a password with a lone surrogate: it would be hashed as U+FFFD', () => {
    const result = userCreateInput.safeParse({
      email: 'kari@example.no',
      password: 'correct horse \uD83D battery',
      name: 'Kari Nordmann',
    });
    expect(fromZodError(result.error!).issues).toEqual([
      {
        path: ['password'],
        message: 'Password is not valid Unicode (lone surrogate U+D83D at character 15)',
      },
    ]);
  });

  it('keeps any other password exactly as typed', () => {
    for (const password of ['  æøå ÆØÅ 🔑🔑  ', 'tab\there and spaces ', 'A\u030Angstrøm-1234']) {
      expect(passwordSchema.parse(password)).toBe(password);
    }
  });

  it('refuses a look-alike email address', () => {
    const result = userCreateInput.safeParse({
      email: 'k\u0430ri@example.no',
      password: 'correct horse battery',
      name: 'Kari Nordmann',
    });
    expect(fromZodError(result.error!).issues).toEqual([
      {
        path: ['email'],
        message:
          'Email address must contain only ASCII characters (found "а", U+0430, at character 2); write an international domain in punycode (xn--…)',
      },
    ]);
  });
});
