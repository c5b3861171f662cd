import { z } from 'zod';

/*
 * The API's configuration, parsed once at start (DESIGN §4). Nothing else reads process.env:
 * a bad or missing value stops the process with one message naming every bad field.
 */

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(4000),
  KOBLING_DATA_DIR: z.string().trim().min(1).default('./.data'),
  NEO4J_URI: optionalText,
  NEO4J_USER: optionalText,
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  MEILI_URL: optionalText,
  MEILI_MASTER_KEY: optionalText,
  SESSION_SECRET: optionalText,
  INTRODUCTION_EXPIRY_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  KOBLING_IMPORT_DIR: optionalText,
  KOBLING_API_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
});

/*
 * Rules across fields, checked on the raw values so they are reported together with the
 * per-field problems (zod skips refinements once a field fails).
 */
function crossFieldIssues(source: Record<string, string | undefined>): string[] {
  const set = (key: string) => (source[key] ?? '').trim() !== '';
  const issues: string[] = [];
  if (set('NEO4J_URI')) {
    for (const key of ['NEO4J_USER', 'NEO4J_PASSWORD']) {
      if (!set(key)) issues.push(`  ${key}: required when NEO4J_URI is set`);
    }
  }
  if (source.NODE_ENV === 'production' && (source.SESSION_SECRET ?? '').trim().length < 32) {
    issues.push(
      '  SESSION_SECRET: must be at least 32 characters in production (it signs session cookies)',
    );
  }
  return issues;
}

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Parses the environment; throws one EnvError listing every bad field. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  const lines = [
    ...(result.success
      ? []
      : result.error.issues.map(
          (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
        )),
    ...crossFieldIssues(source),
  ];
  if (result.success && lines.length === 0) return result.data;
  throw new EnvError(`Invalid configuration for the Kobling API:\n${lines.join('\n')}`);
}
