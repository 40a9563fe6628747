import { PASSWORD, S, account, run, start } from '@/tests/support/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { readyDb } from '@/lib/db/ready';
import { verifyCredentials } from './credentials';

// What Auth.js's authorize() runs for every credentials sign-in (the form, /api/auth/callback/credentials, any other
// route), against the real database with an injected clock. The e2e `auth-endpoint.spec.ts` attacks the endpoint.

beforeAll(async () => {
  await readyDb();
});
afterAll(closeDb);

describe('sign-in limits where every path checks the password', () => {
  it('40 wrong passwords from 40 addresses: 10 are checked, 30 refused; the right one is refused until the window passes', async () => {
    const email = await account('brute');
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await verifyCredentials({ email, password: `wrong ${i}`, address: `a${i}-${run}`, now: start + i * S });
      outcomes.push(r.ok ? 'ok' : r.reason);
    }
    expect(outcomes.filter((o) => o === 'wrong')).toHaveLength(10);
    expect(outcomes.slice(10)).toEqual(Array(30).fill('limited'));

    // Right password, from a fresh address, 1 s after the last try: refused, with the wait until :00 + 60 s.
    const right = await verifyCredentials({ email: email.toUpperCase(), password: PASSWORD, address: `fresh-${run}`, now: start + 40 * S });
    expect(right).toEqual({ ok: false, reason: 'limited', retryAfterSeconds: 20 });
    // Refused tries did not extend the lock: once the 10 failures are 60 s old, the right password works.
    const later = await verifyCredentials({ email, password: PASSWORD, address: `fresh-${run}`, now: start + 69 * S + 1 });
    expect(later.ok).toBe(true);
    // And a success wipes the account's slate: a wrong password right after is an ordinary wrong password.
    expect(await verifyCredentials({ email, password: 'wrong again', address: `fresh-${run}`, now: start + 70 * S })).toEqual({ ok: false, reason: 'wrong' });
  });

  it('10 wrong passwords from one address, for unknown emails, refuse that address even for a real account; not others', async () => {
    const email = await account('owner');
    const address = `one-${run}`;
    for (let i = 0; i < 10; i++) {
      expect(await verifyCredentials({ email: `nobody-${i}-${run}@example.test`, password: 'guess', address, now: start + i * S })).toEqual({ ok: false, reason: 'wrong' });
    }
    expect(await verifyCredentials({ email, password: PASSWORD, address, now: start + 10 * S })).toMatchObject({ ok: false, reason: 'limited' });
    expect(await verifyCredentials({ email, password: PASSWORD, address: `other-${run}`, now: start + 10 * S })).toMatchObject({ ok: true });
  });

  it('30 wrong passwords sent at the same instant: exactly 10 are checked (a burst of 100 got 99 checked before)', async () => {
    const email = await account('burst');
    const now = start + 5 * S;
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyCredentials({ email, password: `wrong ${i}`, address: `b${i}-${run}`, now }).then((r) => (r.ok ? 'ok' : r.reason))),
    );
    expect(outcomes.filter((o) => o === 'wrong')).toHaveLength(10);
    expect(outcomes.filter((o) => o === 'limited')).toHaveLength(20);
  });

  it('a right password gives its slots back: ten good sign-ins from one address leave it open', async () => {
    const email = await account('often');
    for (let i = 0; i < 12; i++) expect((await verifyCredentials({ email, password: PASSWORD, address: `o-${run}`, now: start + i * S })).ok).toBe(true);
    expect(await verifyCredentials({ email, password: 'nope', address: `o-${run}`, now: start + 13 * S })).toEqual({ ok: false, reason: 'wrong' });
  });
});
