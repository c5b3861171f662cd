import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { NODE_TYPES } from './builder.ts';
import { SCHEMA_FILE, printedSchema } from './print-schema.ts';
import { schema } from './schema/index.ts';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print -w @kobling/api` after a change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('NODE_TYPES (what a global id may name) is every type implementing Node', () => {
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
      .map((t) => t.name)
      .sort();
    expect([...NODE_TYPES].sort()).toEqual(nodeTypes);
  });
});
