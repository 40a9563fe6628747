import bcrypt from 'bcryptjs';
import { clearFailures, releaseSlot, takeSlot } from '../db/queries/rate-limits';
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
 * A try takes a slot under each key first (counted and logged in one locked step, `takeSlot`), so tries sent at the
 * same instant are each counted before any password is looked at: a burst of 100 got 99 checked when the check and
 * the log were two steps. A limited try is refused before the password is looked at, even a right one; a wrong one
 * keeps its slots (they are its failures); a right one gives them back and wipes the account's slate (not the
 * address's). `now` is injectable for tests.
 */
export async function verifyCredentials({ email, password, address, now = Date.now() }: { email: string; password: string; address: string; now?: number }): Promise<CredentialsResult> {
  const [addressKey, accountKey] = signInKeys(address, email);
  const byAddress = await takeSlot({ key: addressKey, ...SIGN_IN_LIMIT, now });
  if (!byAddress.allowed) return { ok: false, reason: 'limited', retryAfterSeconds: byAddress.retryAfterSeconds };
  const byAccount = await takeSlot({ key: accountKey, ...SIGN_IN_LIMIT, now });
  if (!byAccount.allowed) {
    await releaseSlot({ slotId: byAddress.slotId });
    return { ok: false, reason: 'limited', retryAfterSeconds: byAccount.retryAfterSeconds };
  }
  const user = await getUserByEmail({ email });
  const match = await bcrypt.compare(password, await hashFor(user));
  if (!user || !match) return { ok: false, reason: 'wrong' };
  await Promise.all([releaseSlot({ slotId: byAddress.slotId }), clearFailures({ key: accountKey })]);
  return { ok: true, user };
}
