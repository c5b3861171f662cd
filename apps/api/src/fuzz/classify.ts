/*
 * What an answer means. Every error a client can get is either typed (a GraphQL error with an
 * `extensions.code`, or a typed error result of a mutation) or unexpected: masked as
 * "Unexpected error." / INTERNAL_SERVER_ERROR, or without a code a client could act on.
 */

export type Outcome = 'success' | 'typed' | 'unexpected';

export interface Verdict {
  readonly outcome: Outcome;
  /** A 5xx status: the server failed, whatever the body says. */
  readonly serverError: boolean;
  /** Error codes and typed result names, one per error. */
  readonly typed: readonly string[];
  /** One normalised line per unexpected error, to group alike ones. */
  readonly unexpected: readonly string[];
  /** Some root field of a mutation succeeded, so the store may have changed legitimately. */
  readonly succeededWrite: boolean;
}

/** The typed error results of mutations (schema/common.ts, errors.ts). */
const TYPED_RESULTS: ReadonlySet<string> = new Set([
  'ValidationError',
  'NotFoundError',
  'ForbiddenError',
  'ConflictError',
  'RateLimitedError',
  'SearchUnavailableError',
]);

const MASKED_MESSAGE = 'Unexpected error.';
const MASKED_CODE = 'INTERNAL_SERVER_ERROR';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A message with its variable parts (quoted values, numbers, long base64-like tokens such as
 * global ids, the value a variable got, suggestions) replaced, so one cause shows up as one
 * line however often it was hit.
 */
export function signature(message: string): string {
  return (
    message
      .replace(/"(?:[^"\\]|\\.)*"/gu, '"…"')
      .replace(/ Did you mean .*$/u, '')
      .replace(/got invalid value .*?; /u, 'got invalid value …; ')
      .replace(/(cannot represent [^:]*value): .*$/u, '$1: …')
      .replace(/(?<![\w+/])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w+/=])/gu, 'N')
      // Long tokens with a digit or base64 padding are ids; long names (PothosSchemaError) stay.
      .replace(/(?=[A-Za-z0-9+/=_-]*[0-9+/=])[A-Za-z0-9+/=_-]{16,}/gu, '…')
      .replace(/\d+/gu, 'N')
      .replace(/: [^\s;,]+\s*$/u, ': …')
      .slice(0, 160)
  );
}

function typedResults(value: unknown, found: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) typedResults(item, found);
  } else if (isRecord(value)) {
    const typename = value.__typename;
    if (typeof typename === 'string' && TYPED_RESULTS.has(typename)) found.push(typename);
    for (const child of Object.values(value)) typedResults(child, found);
  }
}

/** A mutation root field answered with its success type (or `logOut`'s Boolean). */
function someRootSucceeded(data: unknown): boolean {
  if (!isRecord(data)) return false;
  return Object.values(data).some(
    (v) =>
      typeof v === 'boolean' ||
      (isRecord(v) && typeof v.__typename === 'string' && v.__typename.endsWith('Success')),
  );
}

export function classify(status: number, text: string): Verdict {
  const serverError = status >= 500;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // A 4xx status without a GraphQL body (415 for an unsupported content type) still tells
    // the client exactly what is wrong; any other status without JSON does not.
    const clientError = status >= 400 && status < 500;
    return {
      outcome: clientError ? 'typed' : 'unexpected',
      serverError,
      typed: clientError ? [`HTTP ${status}`] : [],
      unexpected: clientError ? [] : [`not JSON (status ${status})`],
      succeededWrite: false,
    };
  }
  const typed: string[] = [];
  const unexpected: string[] = [];
  const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors : [];
  for (const error of errors) {
    const message = isRecord(error) && typeof error.message === 'string' ? error.message : '';
    const extensions = isRecord(error) && isRecord(error.extensions) ? error.extensions : {};
    const code = extensions.code;
    if (typeof code !== 'string') unexpected.push(`no code: ${signature(message)}`);
    else if (code === MASKED_CODE || message === MASKED_MESSAGE)
      unexpected.push(`${code}: ${signature(message)}`);
    else typed.push(code);
  }
  const data = isRecord(body) ? body.data : undefined;
  typedResults(data, typed);
  if (!isRecord(body) || (errors.length === 0 && !isRecord(data))) {
    unexpected.push(`neither data nor errors (status ${status})`);
  }
  let outcome: Outcome = 'success';
  if (unexpected.length > 0) outcome = 'unexpected';
  else if (typed.length > 0) outcome = 'typed';
  return { outcome, serverError, typed, unexpected, succeededWrite: someRootSucceeded(data) };
}
