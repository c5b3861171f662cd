/** Why the kernel refused an input; callers map the code to their API error. */
export type MatchmakingErrorCode = 'EMPTY_NEED' | 'INVALID_WEIGHTS' | 'INVALID_INPUT';

export class MatchmakingError extends Error {
  readonly code: MatchmakingErrorCode;

  constructor(code: MatchmakingErrorCode, message: string) {
    super(message);
    this.name = 'MatchmakingError';
    this.code = code;
  }
}
