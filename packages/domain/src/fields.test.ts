import { describe, expect, it } from 'vitest';
import {
  currentYear,
  emailError,
  emailSchema,
  employeesError,
  expiryError,
  foundedYearError,
  idError,
  jsonTextError,
  lengthError,
  multilineTextSchema,
  naceCodeError,
  scoreError,
  slugError,
  textSchema,
  urlError,
  yearRangeError,
} from './fields.ts';
import { uuidv7 } from './ids.ts';

describe('email', () => {
  it.each(['post@brreg.no', 'ola.nordmann+kobling@ntnu.no', 'a@b.co'])('accepts %s', (e) => {
    expect(emailError(e)).toBeNull();
  });
  it.each(['plain', 'a@b', 'a b@c.no', '@ntnu.no', 'a@@b.no', 'a@b.'])('rejects %s', (e) => {
    expect(emailError(e)).toBe(`Invalid email address "${e}"`);
  });
  it('rejects overlong addresses and lower-cases in the schema', () => {
    const long = `${'a'.repeat(250)}@b.no`;
    expect(emailError(long)).toBe('Email address must be at most 254 characters (got 255)');
    expect(emailSchema.parse('  Ola@NTNU.no ')).toBe('ola@ntnu.no');
  });
  it.each([
    ['a Cyrillic а in the local part', '\u0430dmin@example.com', '"а", U+0430, at character 1'],
    ['a Cyrillic е in the domain', 'admin@\u0435xample.com', '"е", U+0435, at character 7'],
    ['a Greek ο in the domain', 'admin@ntnu.n\u03BF', '"ο", U+03BF, at character 13'],
    ['an internationalised domain', 'ola@bücher.example', '"ü", U+00FC, at character 6'],
    ['a fullwidth letter', 'ola@ntnu.ｎo', '"ｎ", U+FF4E, at character 10'],
  ])('refuses %s: addresses are ASCII', (_what, email, found) => {
    const message = `Email address must contain only ASCII characters (found ${found}); write an international domain in punycode (xn--…)`;
    expect(emailError(email)).toBe(message);
    expect(emailSchema.safeParse(email).error?.issues[0]?.message).toBe(message);
  });
  it('accepts an international domain written in punycode', () => {
    expect(emailSchema.parse('Ola@xn--bcher-kva.example')).toBe('ola@xn--bcher-kva.example');
  });
  it('names a decomposed accent as the one character the person typed (NFC first)', () => {
    expect(emailSchema.safeParse('Ole\u0301@ntnu.no').error?.issues[0]?.message).toBe(
      'Email address must contain only ASCII characters (found "é", U+00E9, at character 3); write an international domain in punycode (xn--…)',
    );
  });
  it('refuses control characters, bidirectional controls and lone surrogates', () => {
    expect(emailError('ola\u0000@ntnu.no')).toBe(
      'Email address must not contain control characters (found U+0000 at character 4)',
    );
    expect(emailError('ola\u001b[2J@ntnu.no')).toBe(
      'Email address must not contain control characters (found U+001B at character 4)',
    );
    expect(emailError('\u202Eon.untn@alo')).toBe(
      'Email address must not contain bidirectional control characters (found U+202E at character 1)',
    );
    expect(emailError('ola\uD800@ntnu.no')).toBe(
      'Email address is not valid Unicode (lone surrogate U+D800 at character 4)',
    );
  });
});

describe('url', () => {
  it.each(['https://www.ntnu.no', 'http://example.com/path?q=1'])('accepts %s', (u) => {
    expect(urlError(u)).toBeNull();
  });
  it('accepts only http and https', () => {
    expect(urlError('ftp://ntnu.no')).toBe('URL must use http or https (got "ftp://ntnu.no")');
    expect(urlError('javascript:alert(1)')).toBe(
      'URL must use http or https (got "javascript:alert(1)")',
    );
  });
  it('names a string that is no URL at all', () => {
    expect(urlError('www.ntnu.no')).toBe('Invalid URL "www.ntnu.no"');
  });
});

describe('years and counts', () => {
  const now = Date.UTC(2025, 5, 1);
  it('founded year is 1800 to the current year', () => {
    expect(foundedYearError(1800, now)).toBeNull();
    expect(foundedYearError(2025, now)).toBeNull();
    expect(foundedYearError(1799, now)).toBe('Founded year must be a year in 1800–2025 (got 1799)');
    expect(foundedYearError(2026, now)).toBe('Founded year must be a year in 1800–2025 (got 2026)');
    expect(foundedYearError(1999.5, now)).toBe(
      'Founded year must be a year in 1800–2025 (got 1999.5)',
    );
    expect(currentYear(now)).toBe(2025);
  });
  it('start year may not be after end year', () => {
    expect(yearRangeError(2020, 2024)).toBeNull();
    expect(yearRangeError(2020, 2020)).toBeNull();
    expect(yearRangeError(null, 2020)).toBeNull();
    expect(yearRangeError(2024, 2020)).toBe('Start year 2024 is after end year 2020');
  });
  it('employees is a whole number ≥ 0', () => {
    expect(employeesError(0)).toBeNull();
    expect(employeesError(2000)).toBeNull();
    expect(employeesError(-1)).toBe('Employees must be a whole number ≥ 0 (got -1)');
    expect(employeesError(2.5)).toBe('Employees must be a whole number ≥ 0 (got 2.5)');
  });
});

describe('text and identifiers', () => {
  it('length counts characters and names the field', () => {
    const name = lengthError('Name', 1, 5);
    expect(name('Ørland')).toBe('Name must be 1–5 characters (got 6)');
    expect(name('Åfjord'.slice(0, 5))).toBeNull();
    expect(name('')).toBe('Name must be 1–5 characters (got 0)');
    expect(lengthError('Note', 0, 3)('abcd')).toBe('Note must be at most 3 characters (got 4)');
    expect(textSchema('Name', 1, 200).safeParse('   ').error?.issues[0]?.message).toBe(
      'Name must be 1–200 characters (got 0)',
    );
  });
  it('a text schema trims, stores NFC and counts the characters of the NFC form', () => {
    expect(textSchema('Name', 1, 3).parse(' A\u030Ase ')).toBe('\u00C5se');
    expect(textSchema('Name', 1, 200).parse('A\u030Ase')).toBe(
      textSchema('Name', 1, 200).parse('\u00C5se'),
    );
  });
  it('a multi-line text schema keeps line feeds and tabs but refuses other controls', () => {
    const body = multilineTextSchema('Body', 0, 100);
    expect(body.parse('Hei!\r\n\tVi bygger 🚀')).toBe('Hei!\n\tVi bygger 🚀');
    expect(body.safeParse('Hei\u0007!').error?.issues[0]?.message).toBe(
      'Body must not contain control characters (found U+0007 at character 4)',
    );
    expect(textSchema('Name', 0, 100).safeParse('Hei\nda').error?.issues[0]?.message).toBe(
      'Name must be a single line (found U+000A at character 4)',
    );
  });
  it('reports an unsafe character before the length', () => {
    expect(textSchema('Name', 1, 3).safeParse('ab\u0000cd').error?.issues).toEqual([
      expect.objectContaining({
        message: 'Name must not contain control characters (found U+0000 at character 3)',
      }),
    ]);
  });
  it('identifiers, codes and URLs refuse unsafe characters instead of echoing them', () => {
    expect(slugError('ntnu\u001b[31m-tto')).toBe(
      'Slug must not contain control characters (found U+001B at character 5)',
    );
    expect(idError('actor-\u202Entnu')).toBe(
      'Id must not contain bidirectional control characters (found U+202E at character 7)',
    );
    expect(urlError('https://ntnu.no/\u0000')).toBe(
      'URL must not contain control characters (found U+0000 at character 17)',
    );
    expect(urlError('https://ntnu.no/\uDC00')).toBe(
      'URL is not valid Unicode (lone surrogate U+DC00 at character 17)',
    );
    expect(naceCodeError('62\u009b010')).toBe(
      'NACE code must not contain control characters (found U+009B at character 3)',
    );
    expect(jsonTextError('Explanation')('{"a":"\u202E"}')).toBe(
      'Explanation must not contain bidirectional control characters (found U+202E at character 7)',
    );
    expect(jsonTextError('Explanation')('{\n\t"a": "\uD800"\n}')).toBe(
      'Explanation is not valid Unicode (lone surrogate U+D800 at character 10)',
    );
  });
  it('checks NACE codes, slugs and ids', () => {
    expect(naceCodeError('62.010')).toBeNull();
    expect(naceCodeError('62')).toBeNull();
    expect(naceCodeError('62010')).toBe('NACE code must look like "62.010" (got "62010")');
    expect(slugError('ntnu-tto')).toBeNull();
    expect(slugError('NTNU TTO')).toBe(
      'Slug must be lower-case letters and digits joined by single hyphens, at most 80 characters (got "NTNU TTO")',
    );
    expect(idError(uuidv7())).toBeNull();
    expect(idError('actor-ntnu')).toBeNull();
    expect(idError('Actor NTNU')).toBe(
      'Id must be a UUIDv7 or a lower-case slug-like id (got "Actor NTNU")',
    );
  });
  it('checks scores, JSON and expiry', () => {
    expect(scoreError(100)).toBeNull();
    expect(scoreError(101)).toBe('Score must be 0–100 (got 101)');
    expect(jsonTextError('Explanation')('{"a":1}')).toBeNull();
    expect(jsonTextError('Explanation')('{a')).toBe('Explanation must be valid JSON');
    expect(expiryError(1000, 2000)).toBeNull();
    expect(expiryError(1000, null)).toBeNull();
    expect(expiryError(2000, 1000)).toBe(
      'Expiry 1970-01-01T00:00:01.000Z must be after creation 1970-01-01T00:00:02.000Z',
    );
  });
});
