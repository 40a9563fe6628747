import bcrypt from 'bcryptjs';
import { takeSlot } from '../db/queries/rate-limits';
import { createUser } from '../db/queries/users';
import type { UserRow } from '../db/schema';
import { SIGN_UP_LIMIT, signUpKey } from './rate-limit-policy';

export type SignUpResult = { status: 'created'; user: UserRow } | { status: 'taken' } | { status: 'limited'; retryAfterSeconds: number };

/**
 * Creates an account under the sign-up limit (`SIGN_UP_LIMIT` per address). Every try counts, made or not: whether
 * an email is free is what a list-checking script is after, and every try tells it. The try is logged before the
 * account is made. 'taken' is for the caller to answer without
 * saying so (see the sign-up action). `now` is injectable for tests.
 */
export async function signUp({ name, email, password, address, now = Date.now() }: { name: string; email: string; password: string; address: string; now?: number }): Promise<SignUpResult> {
  const key = signUpKey(address);
  // Every try takes a slot, counted and logged in one locked step: tries sent together cannot pass together.
  const limit = await takeSlot({ key, ...SIGN_UP_LIMIT, now });
  if (!limit.allowed) return { status: 'limited', retryAfterSeconds: limit.retryAfterSeconds };
  // Hashed before the insert whether or not the email is free, so a taken email answers no faster.
  const passwordHash = await bcrypt.hash(password, 10);
  const user = await createUser({ email, name, passwordHash });
  return user ? { status: 'created', user } : { status: 'taken' };
}
