import { describe, expect, it } from 'vitest';
import { subjectQuery } from './actors-for-text.ts';

describe('subjectQuery', () => {
  it("keeps a need's subject words, not its function or generic words", () => {
    expect(subjectQuery('Ice building up on drone propellers')).toBe('ice drone propellers');
    expect(subjectQuery('Vi trenger hjelp med kollisjonsunngåelse for ubemannede fartøy')).toBe(
      'kollisjonsunngåelse ubemannede fartøy',
    );
  });

  it('falls back to generic words when the text has nothing else, never to function words', () => {
    expect(subjectQuery('machine learning for us')).toBe('machine learning');
    expect(subjectQuery('we need a partner')).toBe('');
  });
});
