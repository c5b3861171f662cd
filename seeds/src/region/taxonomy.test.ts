import { describe, expect, it } from 'vitest';
import { TOPICS, narrowerThan, taxonomyGraph } from './taxonomy.ts';

const bySlug = new Map(TOPICS.map((t) => [t.slug as string, t]));

/** Levels from a topic up to its root along the longest BROADER chain. */
function depth(slug: string): number {
  const t = bySlug.get(slug);
  if (!t || t.broader.length === 0) return 1;
  return 1 + Math.max(...t.broader.map(depth));
}

describe('topic taxonomy', () => {
  it('has 60–90 topics with unique slugs and both names', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(60);
    expect(TOPICS.length).toBeLessThanOrEqual(90);
    expect(bySlug.size).toBe(TOPICS.length);
    for (const t of TOPICS) {
      expect(t.name.trim()).not.toBe('');
      expect(t.nameNb.trim()).not.toBe('');
      expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('gives every topic 2–5 lower-case synonyms', () => {
    for (const t of TOPICS) {
      expect(t.synonyms.length, t.slug).toBeGreaterThanOrEqual(2);
      expect(t.synonyms.length, t.slug).toBeLessThanOrEqual(5);
      for (const s of t.synonyms) expect(s).toBe(s.toLowerCase());
    }
  });

  it('links narrower to existing broader topics, two to three levels deep, without cycles', () => {
    for (const t of TOPICS) {
      for (const b of t.broader) expect(bySlug.has(b), `${t.slug} → ${b}`).toBe(true);
    }
    const depths = TOPICS.map((t) => depth(t.slug));
    expect(Math.max(...depths)).toBeLessThanOrEqual(3);
    expect(depths.filter((d) => d === 3).length).toBeGreaterThan(0);
    const roots = TOPICS.filter((t) => t.broader.length === 0);
    for (const r of roots) expect(narrowerThan(r.slug).length, r.slug).toBeGreaterThanOrEqual(1);
  });

  it('covers the region strengths the issue names', () => {
    for (const slug of [
      'ocean-autonomy',
      'aquaculture',
      'maritime',
      'ccs',
      'offshore-wind',
      'ict',
      'ai-data',
      'electronics',
      'health',
      'medtech',
      'materials',
      'metal-production',
      'bioeconomy',
      'fintech',
      'construction',
      'mobility',
      'edtech',
      'quantum',
      'neuroscience',
      'geophysics',
      'robotics',
      'sensors',
    ]) {
      expect(bySlug.has(slug), slug).toBe(true);
    }
  });

  it('builds rows and BROADER relationships marked as Kobling curation', () => {
    const { topics, broader } = taxonomyGraph();
    expect(topics).toHaveLength(TOPICS.length);
    expect(new Set(topics.map((t) => t.sourceRef))).toEqual(new Set(['kobling:taxonomy']));
    expect(broader).toHaveLength(TOPICS.reduce((n, t) => n + t.broader.length, 0));
  });
});
