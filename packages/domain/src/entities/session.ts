import { z } from 'zod';
import { epochMsSchema, expiryError, idSchema } from '../fields.ts';

/** Sessions are created by the auth code, not from input, so there is only the stored shape. */
export const sessionSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{64}$/, {
      error: 'Session id must be the hex SHA-256 of the session token',
    }),
    userId: idSchema,
    createdAt: epochMsSchema('createdAt'),
    expiresAt: epochMsSchema('expiresAt'),
  })
  .superRefine((s, ctx) => {
    const message = expiryError(s.createdAt, s.expiresAt);
    if (message !== null) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message });
  });
export type Session = z.infer<typeof sessionSchema>;
