import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRow } from '@kobling/graph/testing';
import { createEmbeddedSearchIndex } from '@kobling/search';
import type { SearchIndex } from '@kobling/search';
import { createSearchSync } from '@kobling/search-sync';
import type { SearchSync } from '@kobling/search-sync';
import { openTestApi } from '../testing/fixture.ts';
import type { TestApi } from '../testing/fixture.ts';

/*
 * Hybrid relevance through the API (issue 16): a need's text is searched among the actors' own
 * descriptions in the real embedded search index, beside the topics it names.
 */

const FOR_NEED = /* GraphQL */ `
  query ($text: String!) {
    suggestForNeed(input: { text: $text }, first: 10, language: EN) {
      topics {
        topic {
          slug
        }
        words
      }
      suggestions {
        actor {
          slug
        }
        components {
          feature
        }
        reasons {
          feature
          text
          evidence {
            matchedWords
          }
        }
      }
    }
  }
`;

interface Answer {
  topics: { topic: { slug: string }; words: string[] }[];
  suggestions: {
    actor: { slug: string };
    components: { feature: string }[];
    reasons: { feature: string; text: string; evidence: { matchedWords: string[] | null } }[];
  }[];
}

// An actor no topic brings: only its own words say what it does.
const ICING_LAB = 'propeller-icing-lab';

let base: TestApi;
let api: TestApi;
let index: SearchIndex;
let sync: SearchSync;

beforeAll(async () => {
  base = await openTestApi();
  await base.graph.runner.write((tx) =>
    base.graph.actors.nodes.create(
      tx,
      sampleRow('Actor', {
        id: 'actor:propeller-icing-lab',
        slug: ICING_LAB,
        name: 'Propeller Icing Lab',
        kind: 'RESEARCH_GROUP',
        helix: 'ACADEMIA',
        description: 'We study icing on drone propellers and rotor blades in cold climates.',
      }),
    ),
  );
  index = createEmbeddedSearchIndex();
  sync = createSearchSync(base.graph, index, {});
  await index.applySettings();
  await sync.reindex();
  api = await openTestApi({ graph: base.graph, search: sync, searchEngine: 'embedded' });
}, 120_000);

afterAll(async () => {
  await sync.indexer.stop();
  await index.close();
  await api.close();
  await base.close();
});

async function ask(on: TestApi, text: string): Promise<Answer> {
  const { body } = await on.gql(FOR_NEED, { text });
  expect(body.errors).toBeUndefined();
  return body.data?.suggestForNeed as Answer;
}

describe('a need’s text against the actors’ own words', () => {
  it('finds an actor no topic brings, and says which of the need’s words its description uses', async () => {
    const answer = await ask(api, 'ice building up on drone propellers');
    expect(answer.topics.map((t) => t.topic.slug)).not.toContain('construction');
    const lab = answer.suggestions.find((s) => s.actor.slug === ICING_LAB);
    expect(lab).toBeDefined();
    const reason = lab!.reasons.find((r) => r.feature === 'TEXT_MATCH');
    expect(reason?.evidence.matchedWords).toEqual(expect.arrayContaining(['propellers']));
    expect(reason?.text).toMatch(/^Its own description uses .*“propellers”.* from your need$/);
  });

  it('answers a need that names no topic from the text alone', async () => {
    const answer = await ask(api, 'icing on rotor blades');
    expect(answer.topics).toEqual([]);
    // Only the actors' own words bring candidates here (the seed's real de-icing company too).
    expect(answer.suggestions.slice(0, 3).map((s) => s.actor.slug)).toContain(ICING_LAB);
    for (const s of answer.suggestions) {
      expect(s.components.map((c) => c.feature)).toContain('TEXT_MATCH');
    }
  });

  it('leaves the feature out where no text was searched', async () => {
    const answer = await ask(base, 'ice building up on drone propellers');
    expect(answer.suggestions.map((s) => s.actor.slug)).not.toContain(ICING_LAB);
    for (const s of answer.suggestions) {
      expect(s.components.map((c) => c.feature)).not.toContain('TEXT_MATCH');
    }
  });
});
