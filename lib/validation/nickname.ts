import { z } from 'zod';
import { NAME_PLAIN, PLAIN_MESSAGE } from './text';

/**
 * A player's public nickname. Stored exactly as typed (and always shown escaped), but it must contain at least
 * one letter or digit once any markup is taken out, so "<b></b>" or "!!!" is refused.
 */
export const nicknameSchema = z
  .string()
  .regex(NAME_PLAIN, PLAIN_MESSAGE)
  .trim()
  .min(1, 'Choose a nickname.')
  .max(24, 'Nicknames can be at most 24 characters.')
  .refine((s) => /[\p{L}\p{N}]/u.test(s.replace(/<[^>]*>/g, '')), 'Use at least one letter or number in your nickname.');
