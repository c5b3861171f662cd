/*
 * What every string from outside must be before it is stored or shown: well-formed Unicode,
 * without invisible characters that change how text, terminals or logs display it. Every
 * string schema of the domain runs `textSafetyError` (passwords run `wellFormedError` only), so
 * the API, importers and forms refuse the same characters with the same words.
 */
import type { Check } from './check.ts';

/** Names, titles, codes and addresses are one line; descriptions, messages and notes are not. */
export type TextLines = 'single-line' | 'multi-line';

/*
 * Unicode line terminators (UAX #14 mandatory breaks): LF, VT, FF, CR, NEL, LINE SEPARATOR and
 * PARAGRAPH SEPARATOR. On one line they get their own message, which says more than "control".
 */
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/u;
/** C0, DEL and C1. NUL truncates strings in C code; ESC starts ANSI terminal sequences. */
const CONTROL = /\p{Cc}/u;
/** Multi-line text keeps its line feeds and tabs (CR was turned into LF by normalizeText). */
const MULTI_LINE_CONTROL_ALLOWED = /[\n\t]/u;
/*
 * Bidi_Control: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the
 * text after them, so "Invoice\u202Efdp.exe" shows as "Invoiceexe.pdf" ("Trojan Source"); the
 * marks (U+200E, U+200F, U+061C) are invisible and make two equal-looking names differ.
 */
const BIDI_CONTROL = /\p{Bidi_Control}/u;
/*
 * Mixed right-to-left and left-to-right prose may need the marks to place punctuation right; they
 * reorder nothing on their own, so multi-line text keeps them.
 */
const MULTI_LINE_BIDI_ALLOWED = /[\u200E\u200F\u061C]/u;

const SURROGATE = /\p{Cs}/u;

/** A character found in a text, as a message names it: "U+202E at character 3". */
export interface FoundCharacter {
  readonly character: string;
  /** "U+202E". */
  readonly codePoint: string;
  /** 1-based, counted in characters (code points) as people count, not in UTF-16 units. */
  readonly position: number;
}

/** The first character of `value` that `test` picks out, or null when there is none. */
export function findCharacter(
  value: string,
  test: (character: string) => boolean,
): FoundCharacter | null {
  let position = 0;
  for (const character of value) {
    position += 1;
    if (test(character)) {
      const codePoint = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return { character, codePoint: `U+${codePoint}`, position };
    }
  }
  return null;
}

/**
 * A lone surrogate cannot be written as UTF-8: the store's driver would silently store U+FFFD
 * instead (LadybugDB and Neo4j both do), so two different inputs would become the same text.
 * JSON allows "\uD800", so such strings do reach the API.
 */
export function wellFormedError(label: string): Check<string> {
  return (value) => {
    if (value.isWellFormed()) return null;
    // isWellFormed said there is one.
    const found = findCharacter(value, (c) => SURROGATE.test(c))!;
    return `${label} is not valid Unicode (lone surrogate ${found.codePoint} at character ${found.position})`;
  };
}

function problem(character: string, lines: TextLines): string | null {
  const multiLine = lines === 'multi-line';
  if (!multiLine && LINE_BREAK.test(character)) return 'must be a single line';
  if (CONTROL.test(character) && !(multiLine && MULTI_LINE_CONTROL_ALLOWED.test(character))) {
    return 'must not contain control characters';
  }
  if (BIDI_CONTROL.test(character) && !(multiLine && MULTI_LINE_BIDI_ALLOWED.test(character))) {
    return 'must not contain bidirectional control characters';
  }
  return null;
}

/**
 * Why a text is unsafe, naming the first offending character and where it is, or null when it
 * is fine. Expects normalizeText to have run (multi-line text: CR is already LF).
 */
export function textSafetyError(label: string, lines: TextLines): Check<string> {
  const wellFormed = wellFormedError(label);
  return (value) => {
    const invalid = wellFormed(value);
    if (invalid !== null) return invalid;
    const found = findCharacter(value, (c) => problem(c, lines) !== null);
    if (found === null) return null;
    return `${label} ${problem(found.character, lines)} (found ${found.codePoint} at character ${found.position})`;
  };
}

/**
 * NFC, so text that looks the same is the same: "Å" typed as A + combining ring equals the
 * precomposed "Å" in uniqueness checks, search and comparisons, and is counted as one character.
 * Not NFKC: that would silently change what was written ("ﬁ" → "fi", "①" → "1"). Multi-line text
 * also gets the HTML "normalize newlines" step (CRLF and CR → LF): forms send CRLF, and a lone
 * CR would let a line overwrite the one before it in a terminal.
 */
export function normalizeText(value: string, lines: TextLines): string {
  const nfc = value.normalize('NFC');
  return lines === 'multi-line' ? nfc.replace(/\r\n?/g, '\n') : nfc;
}
