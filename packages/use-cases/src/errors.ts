import { DomainValidationError, parseOrThrow } from '@kobling/domain';
import type { DomainIssue } from '@kobling/domain';
import { GraphConstraintError, GraphNotFoundError, InvalidCursorError } from '@kobling/graph';
import type { z } from 'zod';
import type { Viewer } from './viewer.ts';

/*
 * The expected failures of a use case: it resolves with plain data or rejects with one of these
 * (bad input, missing, not allowed, in conflict with the current state). Callers map them (the
 * API to typed GraphQL error results); anything else is unexpected.
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

/** The refusal for an operation the viewer may not do: a visitor is asked to sign in first. */
export function forbidden(viewer: Viewer): ForbiddenError {
  return new ForbiddenError(
    viewer.user === null ? 'Sign in to do this' : 'You are not allowed to do this',
  );
}

/** The refusal for an account whose address is not confirmed yet. */
export const ADDRESS_NOT_CONFIRMED =
  'Confirm your email address first: follow the link we mailed you, or ask for a new one on My page';

/**
 * Refuses a signed-in user whose address is not confirmed: such an account may browse and edit
 * its profile, but not request introductions, represent actors or manage clusters.
 */
export function requireConfirmedAddress(viewer: Viewer): void {
  if (viewer.user !== null && viewer.user.emailVerifiedAt === null && !viewer.isAdmin) {
    throw new ForbiddenError(ADDRESS_NOT_CONFIRMED);
  }
}

/** Refuses the operation unless the viewer may do it (decided by the caller's rule). */
export function assertAllowed(viewer: Viewer, allowed: boolean): void {
  if (!allowed) throw forbidden(viewer);
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** Too many attempts (logins, sign-ups) from this address or for this account, or a full queue. */
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

/** Parses one input field with a domain schema; its issues are reported under `arg`. */
export function parseIn<S extends z.ZodType>(schema: S, value: unknown, arg: string): z.output<S> {
  try {
    return parseOrThrow(schema, value);
  } catch (error) {
    if (error instanceof DomainValidationError) throw underArgument(error, arg);
    throw error;
  }
}

/** Store errors as the typed errors above; others pass through unchanged. */
export function fromStoreError(error: unknown): unknown {
  if (error instanceof GraphConstraintError) return new ConflictError(error.field, error.message);
  if (error instanceof GraphNotFoundError) return new NotFoundError(error.label, error.key);
  if (error instanceof InvalidCursorError) return validationError(['after'], error.message);
  return error;
}

/** Runs store work and rethrows store errors as typed errors. */
export async function storeErrorsTyped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fromStoreError(error);
  }
}
