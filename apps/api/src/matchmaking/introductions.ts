import type { TextMatch } from '@kobling/matchmaking';
import type { Projection } from '@kobling/projection';
import type { KeptSuggestion, SuggestionNeed } from '@kobling/use-cases';
import { suggestionForPair } from './service.ts';
import { storedSuggestion } from './stored-suggestion.ts';

/**
 * The fields an introduction asked from a suggestion keeps: the score and the explanation (JSON,
 * stored-suggestion.ts), recomputed here for the pair rather than taken from the client, so the
 * stored explanation is what the platform showed and cannot be forged.
 */
export function keptSuggestion(
  projection: Projection,
  fromActorId: string,
  toActorId: string,
  origin: SuggestionNeed,
  textMatches?: ReadonlyMap<string, TextMatch>,
): KeptSuggestion | null {
  const needText = origin.needText?.trim() ?? '';
  const needTopicIds = origin.needTopicIds;
  const need =
    needText !== '' || needTopicIds.length > 0 ? { text: needText, topicIds: needTopicIds } : null;
  const pair = suggestionForPair(projection, fromActorId, toActorId, need, textMatches);
  if (!pair) return null;
  return {
    explanation: JSON.stringify(storedSuggestion(pair.seeker, pair.suggestion)),
    score: pair.suggestion.score,
  };
}
