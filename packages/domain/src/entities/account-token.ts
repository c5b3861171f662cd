import { z } from 'zod';
import { ACCOUNT_TOKEN_PURPOSES } from '../enums.ts';
import { emailSchema, epochMsSchema, idSchema } from '../fields.ts';

/** Tokens are made by the account use cases, never from input: only the stored shape. */
export const accountTokenSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, {
    error: 'Account token id must be the hex SHA-256 of the token',
  }),
  userId: idSchema,
  purpose: z.enum(ACCOUNT_TOKEN_PURPOSES),
  email: emailSchema,
  createdAt: epochMsSchema('createdAt'),
  expiresAt: epochMsSchema('expiresAt'),
  usedAt: epochMsSchema('usedAt').nullable(),
});
export type AccountToken = z.infer<typeof accountTokenSchema>;
