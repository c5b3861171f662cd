import type { ResultOf } from 'gql.tada';
import { graphql } from './graphql.ts';

/*
 * Typed error results from API mutations (ValidationError, ConflictError, …) as errors next to
 * the form fields they concern. The API reports paths under the argument (["input", "name"]);
 * the site's form fields carry the input field's name, so the path maps without a table.
 */

/**
 * The typed errors a mutation can return, spread into every mutation's result (`...MutationError`).
 * Unmasked: the action reads the error fields directly.
 */
export const MutationErrorFragment = graphql(`
  fragment MutationError on Error @_unmask {
    __typename
    message
    ... on ValidationError {
      fields {
        path
        message
      }
    }
    ... on ConflictError {
      field
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
  }
`);

export type MutationError = ResultOf<typeof MutationErrorFragment>;

export interface FormErrors {
  /** A message for the whole form (shown above it). */
  readonly form?: string;
  readonly fields: Readonly<Record<string, string>>;
}

const ARGUMENTS = new Set(['input', 'filter']);

function fieldOf(path: readonly string[]): string | undefined {
  const [first, second] = path;
  if (first !== undefined && ARGUMENTS.has(first)) return second;
  return first;
}

/** The typed error when the result is one (its __typename ends in "Error"), else null. */
export function errorResult<Result extends { readonly __typename: string }>(
  result: Result,
): Extract<Result, MutationError> | null {
  return result.__typename.endsWith('Error') ? (result as Extract<Result, MutationError>) : null;
}

/**
 * Field errors keyed by form field name; messages about fields the form does not show go to
 * the form-level message so nothing is silently lost.
 */
export function toFormErrors(result: MutationError, formFields: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  const place = (name: string | undefined, message: string) => {
    if (name !== undefined && formFields.includes(name)) {
      fields[name] ??= message;
    } else {
      loose.push(message);
    }
  };
  if ('fields' in result && result.fields.length > 0) {
    for (const issue of result.fields) place(fieldOf(issue.path), issue.message);
  } else if ('field' in result && result.field !== null) {
    place(result.field, result.message);
  } else {
    loose.push(result.message);
  }
  return loose.length > 0 ? { form: loose.join(' '), fields } : { fields };
}
