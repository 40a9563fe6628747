import { randomBytes } from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { readyDb } from '@/lib/db/ready';
import { rateLimits } from '@/lib/db/schema';
import { checkRateLimit, clearFailures, deleteExpiredRateLimits, recordFailure } from './rate-limits';

// Migrations and the seed take a while on a fresh PGlite folder: do them in a hook, not inside the first test.
beforeAll(async () => {
  await readyDb();
});
afterAll(closeDb);

// Keys are unique per test and run, so PostgreSQL runs (one shared database) never see each other's counts.
const run = randomBytes(4).toString('hex');
const key = (name: string) => `test:${run}:${name}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Windows are fixed minutes: a test that started in a minute's last two seconds could see its failures split in two.
beforeEach(async () => {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 58_000) await sleep(60_000 - intoMinute + 20);
});

async function failTimes(k: string, n: number, windowSeconds = 60) {
  for (let i = 0; i < n; i++) await recordFailure({ key: k, windowSeconds });
}

describe('rate limits', () => {
  it('allows 10 failures a window, then refuses with a wait no longer than the window', async () => {
    const k = key('ten');
    for (let i = 0; i < 10; i++) {
      expect(await checkRateLimit({ key: k, limit: 10, windowSeconds: 60 })).toEqual({ allowed: true });
      await recordFailure({ key: k, windowSeconds: 60 });
    }
    const refused = await checkRateLimit({ key: k, limit: 10, windowSeconds: 60 });
    expect(refused.allowed).toBe(false);
    if (refused.allowed) return;
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(Number.isInteger(refused.retryAfterSeconds)).toBe(true);
    // Checking does not count: asking again gives the same answer and leaves the stored count at 10.
    await checkRateLimit({ key: k, limit: 10, windowSeconds: 60 });
    const db = await readyDb();
    const rows = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, k));
    expect(rows.map((r) => r.count)).toEqual([10]);
  });

  it('keeps separate keys independent', async () => {
    const a = key('addr-a');
    const b = key('addr-b');
    await failTimes(a, 10);
    await failTimes(b, 9);
    expect((await checkRateLimit({ key: a, limit: 10, windowSeconds: 60 })).allowed).toBe(false);
    expect(await checkRateLimit({ key: b, limit: 10, windowSeconds: 60 })).toEqual({ allowed: true });
    expect(await checkRateLimit({ key: key('addr-c'), limit: 10, windowSeconds: 60 })).toEqual({ allowed: true });
  });

  it('starts again from zero after clearFailures, and only for that key', async () => {
    const k = key('cleared');
    const other = key('not-cleared');
    await failTimes(k, 10);
    await failTimes(other, 10);
    await clearFailures({ key: k });
    expect(await checkRateLimit({ key: k, limit: 10, windowSeconds: 60 })).toEqual({ allowed: true });
    expect((await checkRateLimit({ key: other, limit: 10, windowSeconds: 60 })).allowed).toBe(false);
    expect((await recordFailure({ key: k, windowSeconds: 60 })).count).toBe(1);
  });

  it('counts 20 concurrent failures as exactly 20', async () => {
    const k = key('burst');
    const results = await Promise.all(Array.from({ length: 20 }, () => recordFailure({ key: k, windowSeconds: 3600 })));
    const db = await readyDb();
    const [row] = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, k));
    expect(row.count).toBe(20);
    // Each call saw its own count: none lost, none repeated.
    expect(results.map((r) => r.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await checkRateLimit({ key: k, limit: 20, windowSeconds: 3600 })).allowed).toBe(false);
  });

  it('allows again once the window has passed', async () => {
    const k = key('short');
    // Start just after a second begins, so the three failures land in one 1-second window.
    await sleep(1000 - (Date.now() % 1000) + 20);
    await failTimes(k, 3, 1);
    expect(await checkRateLimit({ key: k, limit: 3, windowSeconds: 1 })).toEqual({ allowed: false, retryAfterSeconds: 1 });
    await sleep(1100);
    expect(await checkRateLimit({ key: k, limit: 3, windowSeconds: 1 })).toEqual({ allowed: true });
  });

  it('sweeps windows older than a day and keeps recent ones', async () => {
    const db = await readyDb();
    const old = key('old');
    const fresh = key('fresh');
    await db.insert(rateLimits).values({ key: old, windowStart: new Date(Date.now() - 25 * 60 * 60 * 1000), count: 5 });
    await failTimes(fresh, 1);
    expect(await deleteExpiredRateLimits()).toBeGreaterThanOrEqual(1);
    const left = await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, `test:${run}:%`));
    expect(left.map((r) => r.key)).toContain(fresh);
    expect(left.map((r) => r.key)).not.toContain(old);
  });
});
