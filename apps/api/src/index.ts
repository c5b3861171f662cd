export { createApi, CSRF_HEADERS } from './yoga.ts';
export type { Api, ApiOptions } from './yoga.ts';
export type { ApiSettings } from './context.ts';
export { parseEnv, EnvError } from './env.ts';
export type { Env } from './env.ts';
export { LIMITS } from './limits.ts';
export { runApiBench } from './bench/api-bench.ts';
export { startExpirySweep } from './matchmaking/expiry.ts';
