/**
 * The HTTP server: how it runs (NODE_ENV), where it listens (PORT) and the secret that signs
 * session cookies (SESSION_SECRET, required in production: a per-process random one would log
 * everybody out at each restart and differ between instances).
 */
import { z } from 'zod';
import { parseConcern, wholeNumber } from './variables.ts';
import type { Parsed, Problem, SetVariables } from './variables.ts';

export interface ServerConfig {
  readonly mode: 'development' | 'test' | 'production';
  readonly production: boolean;
  readonly port: number;
  /** Null outside production when unset: the API then makes a per-process secret. */
  readonly sessionSecret: string | null;
}

const SESSION_SECRET_MIN = 32;

function schema(defaultPort: number) {
  return z
    .object({
      NODE_ENV: z
        .enum(['development', 'test', 'production'], {
          error: 'must be development, test or production',
        })
        .default('development'),
      PORT: wholeNumber(1, 65_535, 'must be a port number from 1 to 65535').default(defaultPort),
      SESSION_SECRET: z.string().optional(),
    })
    .transform((v): ServerConfig => ({
      mode: v.NODE_ENV,
      production: v.NODE_ENV === 'production',
      port: v.PORT,
      sessionSecret: v.SESSION_SECRET ?? null,
    }));
}

function rules(set: SetVariables): Problem[] {
  if (set.NODE_ENV !== 'production' || (set.SESSION_SECRET ?? '').length >= SESSION_SECRET_MIN)
    return [];
  return [
    {
      field: 'SESSION_SECRET',
      message: `must be at least ${SESSION_SECRET_MIN} characters in production (it signs session cookies)`,
    },
  ];
}

export function parseServerConfig(set: SetVariables, defaultPort: number): Parsed<ServerConfig> {
  return parseConcern(schema(defaultPort), set, rules);
}
