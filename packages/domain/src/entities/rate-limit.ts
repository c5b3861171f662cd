import { z } from 'zod';
import { epochMsSchema } from '../fields.ts';

/** Rate-limit counters are written by the API's limiter, never from input: only the stored shape. */
export const rateLimitSchema = z.object({
  id: z.string().min(1).max(600),
  count: z.number().int().min(0),
  resetAt: epochMsSchema('resetAt'),
});
export type RateLimit = z.infer<typeof rateLimitSchema>;
