import { describe, expect, it } from 'vitest';
import {
  compoundParts,
  isContentWord,
  isGenericWord,
  normalise,
  sameWord,
  stemsOf,
  words,
} from './index.ts';

describe('words', () => {
  it('are lower case, with punctuation and runs of space as one separator', () => {
    expect(normalise('  Autonomous   UNDERWATER-inspection!  ')).toBe(
      'autonomous underwater inspection',
    );
    expect(words('Havbruk, fiskeoppdrett og ROV-er')).toEqual([
      'havbruk',
      'fiskeoppdrett',
      'og',
      'rov',
      'er',
    ]);
    expect(words(' … ')).toEqual([]);
  });
});

describe('stems', () => {
  it('make inflections of one word the same, in English and in bokmål', () => {
    expect(sameWord(stemsOf('drones'), stemsOf('drone'))).toBe(true);
    expect(sameWord(stemsOf('vessels'), stemsOf('vessel'))).toBe(true);
    expect(sameWord(stemsOf('undervannsdronene'), stemsOf('undervannsdroner'))).toBe(true);
    expect(sameWord(stemsOf('fartøyet'), stemsOf('fartøy'))).toBe(true);
    expect(sameWord(stemsOf('propellene'), stemsOf('propeller'))).toBe(true);
  });

  it('keep different words apart, and short stems from abbreviations', () => {
    expect(sameWord(stemsOf('autonomous'), stemsOf('vessel'))).toBe(false);
    expect(sameWord(stemsOf('icing'), stemsOf('ic'))).toBe(false);
    expect(sameWord(stemsOf('havbruk'), stemsOf('fiskeri'))).toBe(false);
  });
});

describe('common words', () => {
  it('never name a subject alone, inflected or not, in either language', () => {
    for (const w of ['learning', 'building', 'buildings', 'systems', 'data', 'læring', 'bygging']) {
      expect(isGenericWord(stemsOf(w))).toBe(true);
      expect(isContentWord(stemsOf(w))).toBe(false);
    }
    for (const w of ['and', 'og', 'we', 'trenger', 'for'])
      expect(isContentWord(stemsOf(w))).toBe(false);
  });

  it('leave subject words alone', () => {
    for (const w of ['underwater', 'drones', 'havbruk', 'aquaculture', 'hydrogen', 'sonar']) {
      expect(isContentWord(stemsOf(w))).toBe(true);
    }
  });
});

describe('compounds', () => {
  const known = new Set(['havbruk', 'næringen', 'droner', 'undervann', 'karbonfangst']);
  const isKnown = (part: string) => known.has(part);

  it('give their known head and tail, without the linking letter', () => {
    expect(compoundParts('havbruksnæringen', isKnown)).toEqual(['havbruk', 'næringen']);
    expect(compoundParts('undervannsdroner', isKnown)).toEqual(['undervann', 'droner']);
    expect(compoundParts('karbonfangstanlegg', isKnown)).toEqual(['karbonfangst']);
  });

  it('give nothing for a known word itself, a short word or an unknown compound', () => {
    expect(compoundParts('havbruk', isKnown)).toEqual([]);
    expect(compoundParts('droner', isKnown)).toEqual([]);
    expect(compoundParts('treningsapp', isKnown)).toEqual([]);
  });
});
