import { randomBytes } from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_LIMIT, SIGN_IN_LIMIT, joinKey, signInKeys } from '@/lib/auth/rate-limit-policy';
import { closeDb } from '@/lib/db/client';
import { readyDb } from '@/lib/db/ready';
import { rateLimitFailures } from '@/lib/db/schema';
import { checkRateLimit, clearFailures, deleteExpiredRateLimits, recordFailure } from './rate-limits';

// Migrations and the seed take a while on a fresh PGlite folder: do them in a hook, not inside the first test.
beforeAll(async () => {
  await readyDb();
});
afterAll(closeDb);

// Keys are unique per test and run, so PostgreSQL runs (one shared database) never see each other's failures.
const run = randomBytes(4).toString('hex');
const key = (name: string) => `test:${run}:${name}`;

// The clock is injected: every test places its tries on a timeline of its own, so none depends on when it runs.
// Times stay near the real clock (the start of the previous minute), so the day-old sweep that a failure can set
// off never reaches rows other runs still need.
const S = 1000;
const minute = Math.floor(Date.now() / (60 * S)) * 60 * S - 60 * S;
const POLICY = { limit: 10, windowSeconds: 60 };

/** Does what a server action does for each try at `times`: check, expect it allowed, then log it as a failure. */
async function failAt(k: string, times: number[], policy: { limit: number; windowSeconds: number } = POLICY) {
  for (const now of times) {
    expect(await checkRateLimit({ key: k, ...policy, now }), `try at ${now - minute} ms`).toEqual({ allowed: true });
    await recordFailure({ key: k, windowSeconds: policy.windowSeconds, now });
  }
}

/** `n` times, one second apart, from `start`. */
const secondsFrom = (start: number, n: number) => Array.from({ length: n }, (_, i) => start + i * S);

async function rowsOf(k: string) {
  const db = await readyDb();
  return db.select({ at: rateLimitFailures.failedAt }).from(rateLimitFailures).where(eq(rateLimitFailures.key, k));
}

describe('rate limits', () => {
  it('allows 10 failures, then refuses the 11th try until the oldest failure is 60 s old', async () => {
    const k = key('ten');
    await failAt(k, secondsFrom(minute + 10 * S, 10)); // :10 … :19
    // At :20 the first failure (:10) is 50 s from leaving the window.
    expect(await checkRateLimit({ key: k, ...POLICY, now: minute + 20 * S })).toEqual({ allowed: false, retryAfterSeconds: 50 });
    // Checking does not count: asking again gives the same answer and leaves 10 failures logged.
    expect(await checkRateLimit({ key: k, ...POLICY, now: minute + 20 * S })).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(await rowsOf(k)).toHaveLength(10);
  });

  // The old limiter estimated over clock-aligned minutes: ten tries at :55 … :04 weighed about 9.6 at :04, and the
  // 11th got through. These are the real policies and key shapes the server actions use.
  const straddlers = [
    { name: 'sign-in, per address', k: () => signInKeys(`unit-${run}`, 'a@example.test')[0], policy: SIGN_IN_LIMIT },
    { name: 'sign-in, per account', k: () => signInKeys('203.0.113.9', `Straddle-${run}@Example.TEST`)[1], policy: SIGN_IN_LIMIT },
    { name: 'join, per address', k: () => joinKey(`unit-${run}`), policy: JOIN_LIMIT },
  ];
  for (const { name, k, policy } of straddlers) {
    it(`refuses the 11th try when the 10 failures straddle a minute boundary (${name})`, async () => {
      expect(policy).toEqual({ limit: 10, windowSeconds: 60 });
      const next = minute + 60 * S;
      await failAt(k(), secondsFrom(next - 5 * S, 10)); // :55 … :59 and :00 … :04
      expect(await checkRateLimit({ key: k(), ...policy, now: next + 4500 })).toEqual({ allowed: false, retryAfterSeconds: 51 });
      // Still refused late in the new minute, until the failure at :55 is 60 s old, not a moment before.
      expect(await checkRateLimit({ key: k(), ...policy, now: next + 54_999 })).toEqual({ allowed: false, retryAfterSeconds: 1 });
      expect(await checkRateLimit({ key: k(), ...policy, now: next + 55 * S })).toEqual({ allowed: true });
    });
  }

  it('stops counting failures older than 60 s, and forgets them when the key fails again', async () => {
    const k = key('ageing');
    const t = minute + 30 * S;
    await failAt(k, secondsFrom(t, 10)); // t … t+9 s
    expect(await checkRateLimit({ key: k, ...POLICY, now: t + 59_999 })).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // At t+60 s the failure at t no longer counts: 9 left, so one more try is allowed …
    await failAt(k, [t + 60 * S]);
    // … and fails, making 10 within the last 60 s again (t+1 s … t+60 s): refused until t+1 s has aged out.
    expect(await checkRateLimit({ key: k, ...POLICY, now: t + 60 * S })).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // That failure pruned the one at t: a key keeps about `limit` rows, however long it is tried.
    expect((await rowsOf(k)).map((r) => r.at.getTime()).sort((a, b) => a - b)).toEqual([...secondsFrom(t + S, 9), t + 60 * S]);
    // Long after the last failure, everything has aged out.
    expect(await checkRateLimit({ key: k, ...POLICY, now: t + 120 * S })).toEqual({ allowed: true });
  });

  it('keeps separate keys independent', async () => {
    const a = key('addr-a');
    const b = key('addr-b');
    const times = secondsFrom(minute, 10);
    await failAt(a, times);
    await failAt(b, times.slice(1));
    const now = minute + 10 * S;
    expect((await checkRateLimit({ key: a, ...POLICY, now })).allowed).toBe(false);
    expect(await checkRateLimit({ key: b, ...POLICY, now })).toEqual({ allowed: true });
    expect(await checkRateLimit({ key: key('addr-c'), ...POLICY, now })).toEqual({ allowed: true });
  });

  it('starts again from zero after clearFailures, and only for that key', async () => {
    const k = key('cleared');
    const other = key('not-cleared');
    await failAt(k, secondsFrom(minute, 10));
    await failAt(other, secondsFrom(minute, 10));
    await clearFailures({ key: k });
    const now = minute + 10 * S;
    expect((await checkRateLimit({ key: other, ...POLICY, now })).allowed).toBe(false);
    // A full 10 more tries are allowed for the cleared key, not just one.
    await failAt(k, secondsFrom(now, 10));
    expect((await checkRateLimit({ key: k, ...POLICY, now: now + 10 * S })).allowed).toBe(false);
  });

  it('counts 20 concurrent failures as exactly 20, even at the same instant', async () => {
    const k = key('burst');
    const now = minute + 30 * S;
    await Promise.all(Array.from({ length: 20 }, () => recordFailure({ key: k, windowSeconds: 60, now })));
    expect(await rowsOf(k)).toHaveLength(20);
    expect(await checkRateLimit({ key: k, limit: 21, windowSeconds: 60, now })).toEqual({ allowed: true });
    expect(await checkRateLimit({ key: k, limit: 20, windowSeconds: 60, now })).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('sweeps failures older than a day and keeps recent ones', async () => {
    const db = await readyDb();
    const old = key('old');
    const fresh = key('fresh');
    await db.insert(rateLimitFailures).values({ key: old, failedAt: new Date(Date.now() - 25 * 60 * 60 * S) });
    await recordFailure({ key: fresh, windowSeconds: 60 });
    expect(await deleteExpiredRateLimits()).toBeGreaterThanOrEqual(1);
    const left = await db.select({ key: rateLimitFailures.key }).from(rateLimitFailures).where(like(rateLimitFailures.key, `test:${run}:%`));
    expect(left.map((r) => r.key)).toContain(fresh);
    expect(left.map((r) => r.key)).not.toContain(old);
  });
});
