import bcrypt from 'bcryptjs';
import { checkRateLimit, clearFailures, recordFailure } from '../db/queries/rate-limits';
import { getUserByEmail } from '../db/queries/users';
import type { UserRow } from '../db/schema';
import { SIGN_IN_LIMIT, signInKeys } from './rate-limit-policy';

export type CredentialsResult =
  | { ok: true; user: UserRow }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'limited'; retryAfterSeconds: number };

// Compared against when the email has no account, so an unknown email costs the same bcrypt work as a wrong
// password and the answer's timing does not tell which it was. Made once, on first use (not while building).
let dummyHash: Promise<string> | undefined;
const hashFor = (user: UserRow | null) => user?.passwordHash ?? (dummyHash ??= bcrypt.hash('no account has this password', 10));

/**
 * Checks an email and password under the sign-in limits (`SIGN_IN_LIMIT`, per address and per account). This is the
 * one place a password is checked for signing in: Auth.js's `authorize` calls it, so the sign-in form, the
 * `/api/auth/callback/credentials` endpoint and every other way into Auth.js meet the same limits.
 * A limited try is refused before the password is looked at, even a right one; a wrong one is logged under both
 * keys; a right one wipes the account's slate (not the address's). `now` is injectable for tests.
 */
export async function verifyCredentials({ email, password, address, now = Date.now() }: { email: string; password: string; address: string; now?: number }): Promise<CredentialsResult> {
  const keys = signInKeys(address, email);
  // The two limit checks and the account lookup do not depend on each other: one wait instead of three.
  const [byAddress, byAccount, user] = await Promise.all([
    checkRateLimit({ key: keys[0], ...SIGN_IN_LIMIT, now }),
    checkRateLimit({ key: keys[1], ...SIGN_IN_LIMIT, now }),
    getUserByEmail({ email }),
  ]);
  const refused = [byAddress, byAccount].flatMap((r) => (r.allowed ? [] : [r.retryAfterSeconds]));
  if (refused.length) return { ok: false, reason: 'limited', retryAfterSeconds: Math.max(...refused) };
  const match = await bcrypt.compare(password, await hashFor(user));
  if (!user || !match) {
    await Promise.all(keys.map((key) => recordFailure({ key, windowSeconds: SIGN_IN_LIMIT.windowSeconds, now })));
    return { ok: false, reason: 'wrong' };
  }
  await clearFailures({ key: keys[1] });
  return { ok: true, user };
}
