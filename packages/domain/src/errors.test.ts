import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DomainValidationError,
  formatIssues,
  fromZodError,
  issuesFromZodError,
  parseOrThrow,
} from './errors.ts';

const schema = z.object({
  name: z.string(),
  tags: z.array(z.string()),
  nested: z.object({ year: z.number() }),
});

describe('DomainValidationError', () => {
  it('turns zod paths into string paths, indices included', () => {
    const result = schema.safeParse({ name: 1, tags: ['a', 2], nested: { year: 'x' } });
    expect(result.success).toBe(false);
    const issues = issuesFromZodError(result.error!);
    expect(issues.map((i) => i.path)).toEqual([['name'], ['tags', '1'], ['nested', 'year']]);
    const error = fromZodError(result.error!);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect(error.name).toBe('DomainValidationError');
    expect(error.issues).toEqual(issues);
    expect(error.message).toContain('tags.1: ');
  });

  it('parseOrThrow returns the data or throws the domain error', () => {
    const good = { name: 'a', tags: [], nested: { year: 1 } };
    expect(parseOrThrow(schema, good)).toEqual(good);
    expect(() => parseOrThrow(schema, {})).toThrow(DomainValidationError);
  });

  it('formats issues on one line', () => {
    expect(
      formatIssues([
        { path: ['website'], message: 'bad url' },
        { path: [], message: 'whole thing' },
      ]),
    ).toBe('website: bad url; whole thing');
    expect(formatIssues([])).toBe('Invalid input');
  });
});
