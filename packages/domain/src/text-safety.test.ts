import { describe, expect, it } from 'vitest';
import { normalizeText, textSafetyError, wellFormedError } from './text-safety.ts';

const line = textSafetyError('Name', 'single-line');
const lines = textSafetyError('Description', 'multi-line');

describe('textSafetyError', () => {
  it.each([
    'Ærlige Øystein & Åse AS',
    'Crème brûlée – Zoë’s «kafé»',
    'Čáhcesuolu Sámi Searvi',
    'שלום עליכם',
    'مرحبا',
    'Tromsø 🚀 👩‍💻 🇳🇴',
    'Non\u00A0breaking\u2009thin space',
  ])('passes ordinary text on one line: %s', (value) => {
    expect(line(value)).toBeNull();
    expect(lines(value)).toBeNull();
  });

  it('counts the position in characters, not UTF-16 units', () => {
    expect(line('🚀🚀\u0000')).toBe(
      'Name must not contain control characters (found U+0000 at character 3)',
    );
  });

  it('names the first offending character', () => {
    expect(line('a\u202Eb\u0000')).toBe(
      'Name must not contain bidirectional control characters (found U+202E at character 2)',
    );
  });

  it('on one line: no line breaks, tabs, controls or bidirectional controls', () => {
    expect(line('a\nb')).toBe('Name must be a single line (found U+000A at character 2)');
    expect(line('a\u2029b')).toBe('Name must be a single line (found U+2029 at character 2)');
    expect(line('a\tb')).toBe(
      'Name must not contain control characters (found U+0009 at character 2)',
    );
    expect(line('a\u061Cb')).toBe(
      'Name must not contain bidirectional control characters (found U+061C at character 2)',
    );
  });

  it('in multi-line text: line feeds, tabs and directional marks pass, other controls do not', () => {
    expect(lines('a\n\tb\u200E\u200F\u061C\u2028')).toBeNull();
    expect(lines('a\rb')).toBe(
      'Description must not contain control characters (found U+000D at character 2)',
    );
    expect(lines('a\u001b[1mb')).toBe(
      'Description must not contain control characters (found U+001B at character 2)',
    );
    expect(lines('a\u2066b')).toBe(
      'Description must not contain bidirectional control characters (found U+2066 at character 2)',
    );
  });

  it('reports a lone surrogate as invalid Unicode', () => {
    expect(line('a\uDBFF')).toBe(
      'Name is not valid Unicode (lone surrogate U+DBFF at character 2)',
    );
    expect(lines('🚀\uDC00🚀')).toBe(
      'Description is not valid Unicode (lone surrogate U+DC00 at character 2)',
    );
  });
});

describe('wellFormedError', () => {
  it('accepts surrogate pairs and refuses lone surrogates', () => {
    const check = wellFormedError('Password');
    expect(check('🔑\u0000\u202E')).toBeNull();
    expect(check('ab\uD83D')).toBe(
      'Password is not valid Unicode (lone surrogate U+D83D at character 3)',
    );
    expect(check('\uDE80\uD83D')).toBe(
      'Password is not valid Unicode (lone surrogate U+DE80 at character 1)',
    );
  });
});

describe('normalizeText', () => {
  it('composes to NFC on one line and leaves line endings to the check', () => {
    expect(normalizeText('A\u030Ase\r\n', 'single-line')).toBe('\u00C5se\r\n');
  });

  it('in multi-line text also turns CRLF and CR into LF, as HTML does for form data', () => {
    expect(normalizeText('e\u0301n\r\nto\rtre\n\nfire', 'multi-line')).toBe(
      '\u00E9n\nto\ntre\n\nfire',
    );
  });

  it('does not touch compatibility forms: NFC, not NFKC', () => {
    expect(normalizeText('ﬁ ① ｎ', 'single-line')).toBe('ﬁ ① ｎ');
  });
});
