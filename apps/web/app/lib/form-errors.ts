/*
 * Typed error results from API mutations (ValidationError, ConflictError, …) as errors next to
 * the form fields they concern. The API reports paths under the argument (["input", "name"]);
 * the site's form fields carry the input field's name, so the path maps without a table.
 */

export interface FieldIssueShape {
  readonly path: readonly string[];
  readonly message: string;
}

export interface MutationErrorShape {
  readonly __typename: string;
  readonly message?: string;
  readonly fields?: readonly FieldIssueShape[];
  readonly field?: string;
  readonly retryAfterSeconds?: number;
}

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

/** The GraphQL selection for the typed errors a mutation can return. */
export function errorSelection(
  types: readonly (
    'ValidationError' | 'NotFoundError' | 'ForbiddenError' | 'ConflictError' | 'RateLimitedError'
  )[],
): string {
  const parts = ['__typename', '... on Error { message }'];
  if (types.includes('ValidationError'))
    parts.push('... on ValidationError { fields { path message } }');
  if (types.includes('ConflictError')) parts.push('... on ConflictError { field }');
  if (types.includes('RateLimitedError'))
    parts.push('... on RateLimitedError { retryAfterSeconds }');
  return parts.join(' ');
}

export const ALL_MUTATION_ERRORS = errorSelection([
  'ValidationError',
  'NotFoundError',
  'ForbiddenError',
  'ConflictError',
]);

/** The typed error when the result is one (its __typename ends in "Error"), else null. */
export function errorResult(
  result: { __typename: string } & Partial<MutationErrorShape>,
): MutationErrorShape | null {
  return result.__typename.endsWith('Error') ? result : null;
}

/**
 * Field errors keyed by form field name; messages about fields the form does not show go to
 * the form-level message so nothing is silently lost.
 */
export function toFormErrors(
  result: MutationErrorShape,
  formFields: readonly string[],
): FormErrors {
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  const place = (name: string | undefined, message: string) => {
    if (name !== undefined && formFields.includes(name)) {
      fields[name] ??= message;
    } else {
      loose.push(message);
    }
  };
  if (result.fields && result.fields.length > 0) {
    for (const issue of result.fields) place(fieldOf(issue.path), issue.message);
  } else if (result.field !== undefined) {
    place(result.field, result.message ?? result.__typename);
  } else {
    loose.push(result.message ?? result.__typename);
  }
  return loose.length > 0 ? { form: loose.join(' '), fields } : { fields };
}
