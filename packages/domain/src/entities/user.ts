import { z } from 'zod';
import { firstError, refineWith } from '../check.ts';
import { LANGUAGES, MAIL_TOPICS } from '../enums.ts';
import { emailSchema, epochMsSchema, idSchema, textSchema } from '../fields.ts';
import { wellFormedError } from '../text-safety.ts';
import { AT_LEAST_ONE_FIELD, hasSomeField } from './common.ts';

/** OWASP ASVS: at least 12 characters; a generous maximum bounds the hashing work. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const f = {
  email: emailSchema,
  passwordHash: z.string().min(1, { error: 'passwordHash must not be empty' }),
  name: textSchema('Name', 1, 200),
  isAdmin: z.boolean(),
};

export const userSchema = z.object({
  id: idSchema,
  email: f.email,
  passwordHash: f.passwordHash,
  name: f.name,
  isAdmin: f.isAdmin,
  createdAt: epochMsSchema('createdAt'),
  emailVerifiedAt: epochMsSchema('emailVerifiedAt').nullable(),
  language: z.enum(LANGUAGES).nullable(),
  mailOptOut: z.array(z.enum(MAIL_TOPICS)).nullable(),
});
export type User = z.infer<typeof userSchema>;

/**
 * Not trimmed: spaces are part of a password. Length counts characters, not bytes. Nothing else
 * is refused or normalised, since the login hashes what is typed as it is; but a lone surrogate
 * would be hashed as U+FFFD, so "\uD800" and "\uDC00" would be the same password.
 */
export const passwordSchema = refineWith(
  z.string(),
  firstError(wellFormedError('Password'), (value) => {
    const length = [...value].length;
    return length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH
      ? `Password must be ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters (got ${length})`
      : null;
  }),
);

/**
 * Sign-up: the plain password is hashed by the API (scrypt), so this input has no
 * passwordHash and no isAdmin (administrators are made by administrators).
 */
export const userCreateInput = z.strictObject({
  email: f.email,
  password: passwordSchema,
  name: f.name,
});
export type UserCreateInput = z.input<typeof userCreateInput>;
export type UserCreate = z.output<typeof userCreateInput>;

export const userUpdateInput = z
  .strictObject({
    email: f.email.optional(),
    name: f.name.optional(),
    isAdmin: f.isAdmin.optional(),
  })
  .refine(hasSomeField, { error: AT_LEAST_ONE_FIELD });
export type UserUpdateInput = z.input<typeof userUpdateInput>;
export type UserUpdate = z.output<typeof userUpdateInput>;
