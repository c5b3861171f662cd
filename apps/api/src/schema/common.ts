import { GraphQLError } from 'graphql';
import { DomainValidationError } from '@kobling/domain';
import type { Page, PageRequest } from '@kobling/graph';
import { MAX_PAGE_SIZE } from '@kobling/graph';
import { builder } from '../builder.ts';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from '../errors.ts';

builder.scalarType('DateTime', {
  description: 'A point in time as ISO 8601 text (UTC), e.g. "2026-01-01T00:00:00.000Z"',
  serialize: (ms) => new Date(ms).toISOString(),
  parseValue: (value) => {
    const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (!Number.isFinite(ms))
      throw new GraphQLError(`DateTime must be ISO 8601 text (got ${JSON.stringify(value)})`);
    return ms;
  },
});

/* Typed error results (errors plugin). */

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure, returned as a result instead of a GraphQL error',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldIssue = builder
  .objectRef<{ path: readonly string[]; message: string }>('FieldIssue')
  .implement({
    description: 'One bad input field: where it is and what is wrong with it',
    fields: (t) => ({
      path: t.stringList({ resolve: (i) => [...i.path] }),
      message: t.exposeString('message'),
    }),
  });

builder.objectType(DomainValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof DomainValidationError,
  fields: (t) => ({
    fields: t.field({ type: [FieldIssue], resolve: (e) => e.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof NotFoundError,
  fields: (t) => ({
    entity: t.exposeString('entity'),
    key: t.exposeString('key'),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ForbiddenError,
  fields: () => ({}),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ConflictError,
  fields: (t) => ({ field: t.exposeString('field') }),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof RateLimitedError,
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

/** The typed errors every mutation can return. */
export const MUTATION_ERRORS = [
  DomainValidationError,
  NotFoundError,
  ForbiddenError,
  ConflictError,
];

/* Connections: forward paging (first/after) over the repositories' stable orders. */

export const DEFAULT_PAGE_SIZE = 20;

export function pageRequest(args: {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}): PageRequest {
  if (args.last != null || args.before != null) {
    throw new DomainValidationError([
      { path: ['last'], message: 'Only forward paging is supported: use first and after' },
    ]);
  }
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainValidationError([
      { path: ['first'], message: `first must be 1–${MAX_PAGE_SIZE} (got ${first})` },
    ]);
  }
  return { first, after: args.after ?? null };
}

export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.items.map((node, i) => ({ node, cursor: page.cursors[i] ?? '' })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.endCursor,
    },
  };
}
