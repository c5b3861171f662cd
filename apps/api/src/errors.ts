import { DomainValidationError } from '@kobling/domain';
import { ProjectedEntityNotFoundError, ProjectionNotReadyError } from '@kobling/projection';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  fromStoreError,
  underArgument,
} from '@kobling/use-cases';

/*
 * Expected failures. The use cases own the common ones (validation, not found, forbidden,
 * conflict, rate limited); these add what only the API meets. Resolvers throw them; the errors plugin turns
 * them into typed results on mutations, and the masking in yoga.ts lets their messages through
 * on queries. Anything else is unexpected: masked and logged.
 */

export {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
  validationError,
} from '@kobling/use-cases';

/** The search index is not configured in this process, or its engine cannot be reached. */
export class SearchUnavailableError extends Error {
  override readonly name = 'SearchUnavailableError';
}

/** The graph projection suggestions are computed on is still being built. */
export class ProjectionUnavailableError extends Error {
  override readonly name = 'ProjectionUnavailableError';
}

/** Store and projection errors as the API's expected errors; others pass through unchanged. */
export function toApiError(error: unknown): unknown {
  if (error instanceof ProjectedEntityNotFoundError) {
    return new NotFoundError(error.label, error.key);
  }
  if (error instanceof ProjectionNotReadyError)
    return new ProjectionUnavailableError(error.message);
  return fromStoreError(error);
}

/** Runs the work and rethrows store errors as API errors. */
export async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toApiError(error);
  }
}

/**
 * Runs a use case whose input came in one GraphQL argument: its validation issues are reported
 * under that argument (`input.toActorId`), and store and projection errors as API errors.
 */
export async function underInput<T>(arg: string, work: () => Promise<T>): Promise<T> {
  try {
    return await mapped(work);
  } catch (error) {
    throw error instanceof DomainValidationError ? underArgument(error, arg) : error;
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
