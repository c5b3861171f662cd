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

const ids = (text: string, v = vocabulary) => topicsInText(text, v).map((t) => t.topicId);

describe('topics in free text', () => {
  it('finds names in both languages and synonyms as whole words, with the words that named them', () => {
    expect(topicsInText('We need Artificial Intelligence for fish farming', vocabulary)).toEqual([
      {
        topicId: 'ai',
        weight: TEXT_MATCH_WEIGHTS.name,
        fromText: true,
        words: ['artificial', 'intelligence'],
      },
      {
        topicId: 'aqua',
        weight: TEXT_MATCH_WEIGHTS.synonym,
        fromText: true,
        words: ['fish', 'farming'],
      },
    ]);
    expect(ids('Vi søker partnere innen kunstig intelligens og havbruk.')).toEqual(['ai', 'aqua']);
  });

  it('matches Norwegian compounds on a long enough stem, weaker than a whole word', () => {
    expect(topicsInText('Havbruksnæringen trenger karbonfangstanlegg', vocabulary)).toEqual([
      {
        topicId: 'aqua',
        weight: TEXT_MATCH_WEIGHTS.compound,
        fromText: true,
        words: ['havbruksnæringen'],
      },
      {
        topicId: 'ccs',
        weight:
          TEXT_MATCH_WEIGHTS.compound * (TEXT_MATCH_WEIGHTS.synonym / TEXT_MATCH_WEIGHTS.name),
        fromText: true,
        words: ['karbonfangstanlegg'],
      },
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

/* An excerpt of the region's taxonomy (seeds/src/region/taxonomy.ts) with the needs that went wrong. */
const region = [
  { id: 'ml', name: 'Machine learning', nameNb: 'Maskinlæring', synonyms: ['deep learning', 'ml'] },
  {
    id: 'education',
    name: 'Education',
    nameNb: 'Utdanning',
    synonyms: ['learning', 'læring', 'teaching'],
  },
  {
    id: 'construction',
    name: 'Construction and built environment',
    nameNb: 'Bygg og bygde omgivelser',
    synonyms: ['building', 'byggenæringen', 'built environment'],
  },
  {
    id: 'underwater',
    name: 'Underwater robotics',
    nameNb: 'Undervannsrobotikk',
    synonyms: ['rov', 'auv', 'underwater drones', 'undervannsdroner'],
  },
  {
    id: 'ships',
    name: 'Autonomous ships',
    nameNb: 'Autonome skip',
    synonyms: ['unmanned vessels', 'ubemannede fartøy', 'autonomous ferries'],
  },
  {
    id: 'vehicles',
    name: 'Autonomous vehicles',
    nameNb: 'Selvkjørende kjøretøy',
    synonyms: ['self-driving cars'],
  },
  {
    id: 'drones',
    name: 'Drones and UAV',
    nameNb: 'Droner',
    synonyms: ['uav', 'unmanned aircraft'],
  },
  {
    id: 'data-platforms',
    name: 'Data platforms and analytics',
    nameNb: 'Dataplattformer og analyse',
    synonyms: ['big data'],
  },
];

describe('needs as people write them', () => {
  it('never reads a topic from a generic word alone ("learning", "building")', () => {
    const topics = topicsInText('autonomous underwater inspection with machine learning', region);
    expect(topics.map((t) => t.topicId)).not.toContain('education');
    expect(topics[0]).toMatchObject({ topicId: 'ml', words: ['machine', 'learning'] });
    expect(ids('ice building up on drone propellers', region)).toEqual(['drones']);
    expect(ids('vi driver med bygging av læring', region)).toEqual([]);
  });

  it('reads a topic named in part, the more specific word counting more', () => {
    const topics = topicsInText('autonomous underwater inspection with machine learning', region);
    const weight = (id: string) => topics.find((t) => t.topicId === id)?.weight ?? 0;
    expect(topics.find((t) => t.topicId === 'underwater')?.words).toEqual(['underwater']);
    // "autonomous" names part of two topics here, "underwater" of one.
    expect(weight('underwater')).toBeGreaterThan(weight('ships'));
    expect(weight('ships')).toBeGreaterThan(0);
    expect(weight('underwater')).toBeLessThan(TEXT_MATCH_WEIGHTS.name);
  });

  it('matches inflected words in both languages', () => {
    expect(ids('collision avoidance for an unmanned surface vessel', region)).toEqual(['ships']);
    expect(topicsInText('Vi lager undervannsdronene', region)[0]).toMatchObject({
      topicId: 'underwater',
      weight: TEXT_MATCH_WEIGHTS.synonym,
      words: ['undervannsdronene'],
    });
    expect(ids('overvåkingsdroner for kraftlinjer', region)).toEqual(['drones']);
  });

  it('reads two of a topic’s generic words in a row as naming it in part', () => {
    expect(ids('we want a data platform for our sensors', region)).toEqual(['data-platforms']);
    expect(ids('we collect data', region)).toEqual([]);
  });
});
