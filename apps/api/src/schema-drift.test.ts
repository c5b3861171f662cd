import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, printedSchema } from './print-schema.ts';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print -w @kobling/api` after a change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });
});
