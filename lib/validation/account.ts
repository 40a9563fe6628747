import { z } from 'zod';
import { NAME_PLAIN, PLAIN, PLAIN_MESSAGE } from './text';

const email = z.string().regex(PLAIN, PLAIN_MESSAGE).trim().min(1, 'Enter your email address.').max(254, 'That email address is too long.').email('That does not look like an email address.');

/** Sign-in form: only shape and size; whether the password is right is the database's business. */
export const signInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password.').max(128, 'That password is too long.'),
});

/** Sign-up form. */
export const signUpSchema = z.object({
  name: z.string().regex(NAME_PLAIN, PLAIN_MESSAGE).trim().min(1, 'Enter a display name.').max(24, 'Use 24 characters or fewer.'),
  email,
  password: z.string().min(8, 'Use at least 8 characters.').max(128, 'Use 128 characters or fewer.'),
});

/** Changing a password: the current one, and the new one twice. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, 'Enter your current password.').max(128),
    next: z.string().min(8, 'Use at least 8 characters.').max(128, 'Use 128 characters or fewer.'),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'The two new passwords are not the same.' });
