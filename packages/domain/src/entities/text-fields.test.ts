/*
 * Every free-text field of every input, checked against the same unsafe characters: control
 * characters (NUL, ANSI escapes, C1), bidirectional controls and lone surrogates. A new text
 * field belongs in one of the two tables below.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fromZodError } from '../errors.ts';
import {
  actorInput,
  clusterInput,
  introductionInput,
  opportunityInput,
  personInput,
  projectInput,
  technologyInput,
  topicInput,
} from '../test-factories.ts';
import { actorCreateInput } from './actor.ts';
import { clusterCreateInput } from './cluster.ts';
import { introductionCreateInput, introductionUpdateInput } from './introduction.ts';
import { kpiObservationCreateInput } from './kpi-observation.ts';
import { milestoneCreateInput } from './milestone.ts';
import { municipalityCreateInput } from './municipality.ts';
import { opportunityCreateInput } from './opportunity.ts';
import { personCreateInput } from './person.ts';
import { projectCreateInput } from './project.ts';
import { technologyCreateInput } from './technology.ts';
import { topicCreateInput } from './topic.ts';
import { userCreateInput } from './user.ts';

const NOW = Date.UTC(2025, 5, 1);

interface TextField {
  readonly label: string;
  readonly schema: z.ZodType;
  /** A valid input with `value` in the field under test. */
  readonly input: (value: string) => object;
  readonly path: readonly string[];
  /** What the schema does to an accepted value besides trimming and NFC (synonyms: lower case). */
  readonly stored?: (value: string) => string;
}

const field = (
  label: string,
  schema: z.ZodType,
  input: (value: string) => object,
  path: readonly string[],
  stored?: (value: string) => string,
): [string, TextField] => [
  `${path[0] ?? ''} (${label})`,
  { label, schema, input, path, ...(stored ? { stored } : {}) },
];

const SINGLE_LINE: readonly [string, TextField][] = [
  field('Name', actorCreateInput, (name) => actorInput({ name }), ['name']),
  field('Source reference', actorCreateInput, (sourceRef) => actorInput({ sourceRef }), [
    'sourceRef',
  ]),
  field('Name', clusterCreateInput, (name) => clusterInput({ name }), ['name']),
  field('Theme', clusterCreateInput, (theme) => clusterInput({ theme }), ['theme']),
  field('Name', municipalityCreateInput, (name) => ({ code: '5001', name }), ['name']),
  field('County', municipalityCreateInput, (county) => ({ code: '5001', county }), ['county']),
  field('Title', opportunityCreateInput, (title) => opportunityInput({ title }), ['title']),
  field('Name', personCreateInput, (name) => personInput({ name }), ['name']),
  field('Title', personCreateInput, (title) => personInput({ title }), ['title']),
  field('Title', projectCreateInput, (title) => projectInput({ title }), ['title']),
  field('Funder', projectCreateInput, (funder) => projectInput({ funder }), ['funder']),
  field('Title', technologyCreateInput, (title) => technologyInput({ title }), ['title']),
  field('Name', topicCreateInput, (name) => topicInput({ name }), ['name']),
  field('Bokmål name', topicCreateInput, (nameNb) => topicInput({ nameNb }), ['nameNb']),
  field(
    'Synonym',
    topicCreateInput,
    (synonym) => topicInput({ synonyms: [synonym] }),
    ['synonyms', '0'],
    (s) => s.toLowerCase(),
  ),
  field(
    'Name',
    userCreateInput,
    (name) => ({ email: 'kari@example.no', password: 'correct horse battery', name }),
    ['name'],
  ),
];

const MULTI_LINE: readonly [string, TextField][] = [
  field('Description', actorCreateInput, (description) => actorInput({ description }), [
    'description',
  ]),
  field('Description', clusterCreateInput, (description) => clusterInput({ description }), [
    'description',
  ]),
  field('Message', introductionCreateInput, (message) => introductionInput({ message }), [
    'message',
  ]),
  field('Outcome', introductionUpdateInput, (outcome) => ({ outcome }), ['outcome']),
  field('Note', kpiObservationCreateInput, (note) => ({ year: 2020, note }), ['note']),
  field('Note', milestoneCreateInput, (note) => ({ stage: 'DISCLOSURE', trl: 3, at: NOW, note }), [
    'note',
  ]),
  field('Body', opportunityCreateInput, (body) => opportunityInput({ body }), ['body']),
  field('Expertise', personCreateInput, (expertise) => personInput({ expertise }), ['expertise']),
  field('Summary', projectCreateInput, (summary) => projectInput({ summary }), ['summary']),
  field('Summary', technologyCreateInput, (summary) => technologyInput({ summary }), ['summary']),
];

function parsed(f: TextField, value: string): unknown {
  let out: unknown = f.schema.parse(f.input(value));
  for (const key of f.path) out = (out as Record<string, unknown>)[key];
  return out;
}

function issues(f: TextField, value: string) {
  const result = f.schema.safeParse(f.input(value));
  return result.success ? [] : fromZodError(result.error).issues;
}

const controls = (label: string) => `${label} must not contain control characters`;
const bidi = (label: string) => `${label} must not contain bidirectional control characters`;

/** Each bad value puts the offending character at position 3. */
const REFUSED_EVERYWHERE: readonly [string, string, (label: string) => string][] = [
  ['NUL', 'ab\u0000cd', (l) => `${controls(l)} (found U+0000 at character 3)`],
  [
    'an ANSI escape',
    'ab\u001b[31mcd\u001b[0m',
    (l) => `${controls(l)} (found U+001B at character 3)`,
  ],
  ['DEL', 'ab\u007fcd', (l) => `${controls(l)} (found U+007F at character 3)`],
  ['a C1 control (CSI)', 'ab\u009b31mcd', (l) => `${controls(l)} (found U+009B at character 3)`],
  ['a right-to-left override', 'ab\u202Ecd', (l) => `${bidi(l)} (found U+202E at character 3)`],
  ['a left-to-right embedding', 'ab\u202Acd', (l) => `${bidi(l)} (found U+202A at character 3)`],
  [
    'a right-to-left isolate',
    'ab\u2067cd\u2069',
    (l) => `${bidi(l)} (found U+2067 at character 3)`,
  ],
  ['a pop directional isolate', 'ab\u2069cd', (l) => `${bidi(l)} (found U+2069 at character 3)`],
  [
    'a lone high surrogate',
    'ab\uD800cd',
    (l) => `${l} is not valid Unicode (lone surrogate U+D800 at character 3)`,
  ],
  [
    'a lone low surrogate',
    'ab\uDFFFcd',
    (l) => `${l} is not valid Unicode (lone surrogate U+DFFF at character 3)`,
  ],
];

/** Letters and symbols real names and texts use; all must pass unchanged. */
const VALID = [
  'Ærlige Øystein & Åse AS',
  'Crème brûlée – Zoë’s «kafé»',
  'Čáhcesuolu Sámi Searvi',
  'Łódź Straße İstanbul',
  'שלום עליכם',
  'Tromsø 🚀 👩‍💻 🇳🇴',
];

describe.each(SINGLE_LINE)('single-line text %s', (_name, f) => {
  it.each(REFUSED_EVERYWHERE)('refuses %s', (_what, value, message) => {
    expect(issues(f, value)).toEqual([{ path: [...f.path], message: message(f.label) }]);
  });

  it.each([
    ['a line feed', 'ab\ncd', 'U+000A'],
    ['a carriage return', 'ab\rcd', 'U+000D'],
    ['a vertical tab', 'ab\u000bcd', 'U+000B'],
    ['a form feed', 'ab\u000ccd', 'U+000C'],
    ['a next-line control', 'ab\u0085cd', 'U+0085'],
    ['a line separator', 'ab\u2028cd', 'U+2028'],
    ['a paragraph separator', 'ab\u2029cd', 'U+2029'],
  ])('refuses %s inside the text', (_what, value, code) => {
    expect(issues(f, value)).toEqual([
      {
        path: [...f.path],
        message: `${f.label} must be a single line (found ${code} at character 3)`,
      },
    ]);
  });

  it('refuses a tab and the left-to-right and right-to-left marks', () => {
    expect(issues(f, 'ab\tcd')[0]?.message).toBe(
      `${controls(f.label)} (found U+0009 at character 3)`,
    );
    expect(issues(f, 'ab\u200Fcd')[0]?.message).toBe(
      `${bidi(f.label)} (found U+200F at character 3)`,
    );
    expect(issues(f, 'ab\u200Ecd')[0]?.message).toBe(
      `${bidi(f.label)} (found U+200E at character 3)`,
    );
  });

  it.each(VALID)('accepts %s unchanged', (value) => {
    expect(parsed(f, value)).toBe(f.stored ? f.stored(value) : value);
  });

  it('stores the NFC form, so canonically equal names are equal', () => {
    const decomposed = 'A\u030Ase Bj\u00F8rn Ge\u0301rard';
    expect(parsed(f, decomposed)).toBe(
      (f.stored ?? ((s: string) => s))('\u00C5se Bj\u00F8rn G\u00E9rard'),
    );
  });
});

describe.each(MULTI_LINE)('multi-line text %s', (_name, f) => {
  it.each(REFUSED_EVERYWHERE)('refuses %s', (_what, value, message) => {
    expect(issues(f, value)).toEqual([{ path: [...f.path], message: message(f.label) }]);
  });

  it('refuses a vertical tab and a form feed as control characters', () => {
    expect(issues(f, 'ab\u000bcd')[0]?.message).toBe(
      `${controls(f.label)} (found U+000B at character 3)`,
    );
    expect(issues(f, 'ab\u000ccd')[0]?.message).toBe(
      `${controls(f.label)} (found U+000C at character 3)`,
    );
  });

  it('keeps line feeds, tabs, directional marks and emoji', () => {
    const text = 'Vi søker partnere 🚀\n\t– sensorer 👩‍💻\nPris: 100 ₪\u200F (מחיר)';
    expect(parsed(f, text)).toBe(text);
  });

  it('turns CRLF and CR line endings (as HTML forms send them) into LF, and stores NFC', () => {
    expect(parsed(f, 'Linje e\u0301n\r\nLinje to\rLinje tre')).toBe(
      'Linje \u00E9n\nLinje to\nLinje tre',
    );
  });
});
