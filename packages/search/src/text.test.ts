import { describe, expect, it } from 'vitest';
import {
  highlightWords,
  markEnd,
  markStart,
  markedWords,
  sentinelMarksToHtml,
  tokenize,
} from './text.ts';

describe('text', () => {
  it('tokenizes bokmål and English alike, without accents', () => {
    expect(tokenize('Maskinlæring & Café-drift, 2025!')).toEqual([
      'maskinlæring',
      'cafe',
      'drift',
      '2025',
    ]);
  });

  it('escapes text and marks whole matched words', () => {
    expect(highlightWords('<b>Havbruk</b> & sjø', (w) => w === 'havbruk')).toBe(
      '&lt;b&gt;<mark>Havbruk</mark>&lt;/b&gt; &amp; sjø',
    );
  });

  it('turns engine marks into escaped HTML covering whole words', () => {
    expect(
      sentinelMarksToHtml(`a <i> ${markStart}aquacultur${markEnd}e and ${markStart}x${markEnd}`),
    ).toBe('a &lt;i&gt; <mark>aquaculture</mark> and <mark>x</mark>');
  });

  it('reads back the words a highlight marks, once each, unescaped', () => {
    expect(
      markedWords('<mark>Drone</mark> &amp; <mark>R&amp;D</mark> for <mark>drone</mark> work'),
    ).toEqual(['drone', 'r&d']);
    expect(markedWords('nothing marked')).toEqual([]);
  });
});
