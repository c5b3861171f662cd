import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The SDL committed as apps/api/schema.graphql (a test fails when it drifts). */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.info(`Wrote ${SCHEMA_FILE}`);
}
