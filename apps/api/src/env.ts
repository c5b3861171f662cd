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

const envSchema = z
  .object({
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
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && (!env.NEO4J_USER || !env.NEO4J_PASSWORD)) {
      for (const key of ['NEO4J_USER', 'NEO4J_PASSWORD'] as const) {
        if (!env[key]) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'required when NEO4J_URI is set' });
        }
      }
    }
    if (env.NODE_ENV === 'production' && (env.SESSION_SECRET ?? '').length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'must be at least 32 characters in production (it signs session cookies)',
      });
    }
  });

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Parses the environment; throws one EnvError listing every bad field. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
  throw new EnvError(`Invalid configuration for the Kobling API:\n${lines.join('\n')}`);
}
