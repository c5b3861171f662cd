import { describe, expect, it } from 'vitest';
import { TEXT_MATCH_WEIGHTS, topicsInText } from './text-topics.ts';

const vocabulary = [
  {
    id: 'aqua',
    name: 'Aquaculture',
    nameNb: 'Havbruk',
    synonyms: ['fish farming', 'fiskeoppdrett'],
  },
  {
    id: 'ai',
    name: 'Artificial intelligence',
    nameNb: 'Kunstig intelligens',
    synonyms: ['ai', 'maskinlæring'],
  },
  {
    id: 'ccs',
    name: 'Carbon capture and storage',
    nameNb: 'Karbonfangst og -lagring',
    synonyms: ['ccs', 'karbonfangst'],
  },
  { id: 'wood', name: 'Wood', nameNb: 'Tre', synonyms: ['timber'] },
];

describe('topics in free text', () => {
  it('finds names in both languages and synonyms as whole words', () => {
    expect(topicsInText('We need Artificial Intelligence for fish farming', vocabulary)).toEqual([
      { topicId: 'ai', weight: TEXT_MATCH_WEIGHTS.name, fromText: true },
      { topicId: 'aqua', weight: TEXT_MATCH_WEIGHTS.synonym, fromText: true },
    ]);
    expect(
      topicsInText('Vi søker partnere innen kunstig intelligens og havbruk.', vocabulary).map(
        (t) => t.topicId,
      ),
    ).toEqual(['ai', 'aqua']);
  });

  it('matches Norwegian compounds on a long enough stem, weaker than a whole word', () => {
    expect(topicsInText('Havbruksnæringen trenger karbonfangstanlegg', vocabulary)).toEqual([
      { topicId: 'aqua', weight: TEXT_MATCH_WEIGHTS.compound, fromText: true },
      { topicId: 'ccs', weight: TEXT_MATCH_WEIGHTS.compound, fromText: true },
    ]);
  });

  it('does not read short words into longer ones, nor invent topics', () => {
    expect(topicsInText('Treningsapp for travle folk', vocabulary)).toEqual([]);
    expect(topicsInText('   ', vocabulary)).toEqual([]);
    expect(topicsInText('paid advertising', vocabulary)).toEqual([]);
  });

  it('is deterministic and bounded', () => {
    const text = 'timber ai havbruk ccs';
    expect(topicsInText(text, vocabulary)).toEqual(topicsInText(text, vocabulary));
    expect(topicsInText(text, vocabulary, 2)).toHaveLength(2);
  });
});
