import type { Seeker, Suggestion } from '@kobling/matchmaking';

/*
 * What an introduction keeps of the suggestion it was asked from (Introduction.explanation, JSON
 * text): the score with its components and the explanation's reasons with their evidence and
 * sentences in both languages, as the server computed them when the request was made.
 */

export const STORED_SUGGESTION_FORMAT = 'kobling-suggestion/1';

export interface StoredSuggestion {
  readonly format: typeof STORED_SUGGESTION_FORMAT;
  readonly seeker: {
    readonly type: Seeker['type'];
    readonly actorId: string | null;
    readonly topicIds: readonly string[];
    readonly text: string | null;
  };
  readonly candidateId: string;
  readonly score: number;
  readonly quadrant: Suggestion['quadrant'];
  readonly similarity: number;
  readonly complementarity: number;
  readonly isExistingPartner: boolean;
  readonly components: Suggestion['components'];
  readonly reasons: Suggestion['explanation']['reasons'];
}

export function storedSuggestion(seeker: Seeker, suggestion: Suggestion): StoredSuggestion {
  return {
    format: STORED_SUGGESTION_FORMAT,
    seeker: {
      type: seeker.type,
      actorId: seeker.actorId ?? null,
      topicIds: seeker.type === 'NEED' ? seeker.topics.map((t) => t.topicId) : [],
      text: seeker.text ?? null,
    },
    candidateId: suggestion.id,
    score: suggestion.score,
    quadrant: suggestion.quadrant,
    similarity: suggestion.explanation.similarity,
    complementarity: suggestion.explanation.complementarity,
    isExistingPartner: suggestion.isExistingPartner,
    components: suggestion.components,
    reasons: suggestion.explanation.reasons,
  };
}

/** The stored suggestion, or null for text in another shape (older or imported introductions). */
export function parseStoredSuggestion(text: string | null): StoredSuggestion | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredSuggestion> | null;
    if (value?.format !== STORED_SUGGESTION_FORMAT || !Array.isArray(value.reasons)) return null;
    return value as StoredSuggestion;
  } catch {
    return null;
  }
}
