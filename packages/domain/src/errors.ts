import type { z } from 'zod';

export interface DomainIssue {
  /** Where the bad value is, e.g. ['website'] or ['synonyms', '2']; [] for the whole input. */
  readonly path: string[];
  readonly message: string;
}

/**
 * Input broke a domain rule. Carries one issue per bad field so the API can answer with a
 * ValidationError that names each field, and importers can report why a row was rejected.
 */
export class DomainValidationError extends Error {
  readonly issues: DomainIssue[];

  constructor(issues: DomainIssue[]) {
    super(formatIssues(issues));
    this.name = 'DomainValidationError';
    this.issues = issues;
  }
}

/** "website: Website must be …; name: Name must be …" — the issues on one line. */
export function formatIssues(issues: readonly DomainIssue[]): string {
  if (issues.length === 0) return 'Invalid input';
  return issues
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** The issues of a ZodError with paths as strings (array indices become "0", "1", …). */
export function issuesFromZodError(error: z.ZodError): DomainIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) =>
      typeof key === 'symbol' ? (key.description ?? '') : String(key),
    ),
    message: issue.message,
  }));
}

export function fromZodError(error: z.ZodError): DomainValidationError {
  return new DomainValidationError(issuesFromZodError(error));
}

/** Parse with a schema; on failure throw a DomainValidationError instead of a ZodError. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}
