import { DomainValidationError } from '@kobling/domain';
import type { DomainIssue } from '@kobling/domain';
import { GraphConstraintError, GraphNotFoundError, InvalidCursorError } from '@kobling/graph';
import { ProjectedEntityNotFoundError, ProjectionNotReadyError } from '@kobling/projection';

/*
 * Expected failures. Resolvers throw these; the errors plugin turns them into typed results on
 * mutations, and the masking in yoga.ts lets their messages through on queries. Anything else
 * is unexpected: masked and logged.
 */

export { DomainValidationError as ValidationError };

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly entity: string;
  readonly key: string;
  constructor(entity: string, key: string) {
    super(`${entity} ${key} was not found`);
    this.entity = entity;
    this.key = key;
  }
}

export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** Too many login attempts from this address or for this account. */
export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
  readonly retryAfterSeconds: number;
  constructor(
    retryAfterSeconds: number,
    message = `Too many login attempts; try again in ${retryAfterSeconds} seconds`,
  ) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The search index is not configured in this process, or its engine cannot be reached. */
export class SearchUnavailableError extends Error {
  override readonly name = 'SearchUnavailableError';
}

/** The graph projection suggestions are computed on is still being built. */
export class ProjectionUnavailableError extends Error {
  override readonly name = 'ProjectionUnavailableError';
}

export function validationError(path: string[], message: string): DomainValidationError {
  return new DomainValidationError([{ path, message }]);
}

/** The issues of a domain error with each path under the argument it came from. */
export function underArgument(error: DomainValidationError, arg: string): DomainValidationError {
  const issues: DomainIssue[] = error.issues.map((i) => ({
    path: [arg, ...i.path],
    message: i.message,
  }));
  return new DomainValidationError(issues);
}

/** Store and projection errors as the API's expected errors; others pass through unchanged. */
export function toApiError(error: unknown): unknown {
  if (error instanceof GraphConstraintError) {
    return new ConflictError(error.field, error.message);
  }
  if (error instanceof GraphNotFoundError) return new NotFoundError(error.label, error.key);
  if (error instanceof ProjectedEntityNotFoundError) {
    return new NotFoundError(error.label, error.key);
  }
  if (error instanceof ProjectionNotReadyError)
    return new ProjectionUnavailableError(error.message);
  if (error instanceof InvalidCursorError) return validationError(['after'], error.message);
  return error;
}

/** Runs the work and rethrows store errors as API errors. */
export async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toApiError(error);
  }
}

export function isExpectedError(error: unknown): boolean {
  return (
    error instanceof DomainValidationError ||
    error instanceof NotFoundError ||
    error instanceof ForbiddenError ||
    error instanceof ConflictError ||
    error instanceof RateLimitedError ||
    error instanceof SearchUnavailableError ||
    error instanceof ProjectionUnavailableError
  );
}
