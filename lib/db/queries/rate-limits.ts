import { and, desc, eq, gt, lt, lte, sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { rateLimitFailures } from '../schema';

// A sliding log: one row per failure, so "limit failures within any windowSeconds" is exact, never an estimate
// over clock-aligned windows (which let a burst straddling a boundary weigh less than it is). A check reads at most
// `limit` rows of one key from an index, whatever the traffic.
//
// `now` is the app server's clock (milliseconds since the epoch), passed in so tests can place failures where they
// like. Instances keep their clocks in step (NTP); a skew of d ms only moves a window's edge by d ms.

const DAY_MS = 24 * 60 * 60 * 1000;
/** About one failure in this many also sweeps rows older than a day (keys nobody tries again), without a cron job. */
const CLEANUP_ONE_IN = 50;

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Window = { key: string; windowSeconds: number; now?: number };

const windowMs = (windowSeconds: number) => Math.max(1, Math.floor(windowSeconds)) * 1000;

/**
 * Whether `key` has had fewer than `limit` failures in the last `windowSeconds`. It does not count this try, so
 * callers can refuse before doing expensive work (hashing a password) and record a failure only when the try failed.
 * When refused, `retryAfterSeconds` is when the oldest failure that still matters drops out of the window.
 */
export async function checkRateLimit({ key, limit, windowSeconds, now = Date.now() }: Window & { limit: number }): Promise<RateLimitResult> {
  const db = await readyDb();
  const since = new Date(now - windowMs(windowSeconds));
  // The newest `limit` failures in the window: fewer means allowed; otherwise the last of them must age out first.
  const rows = await db
    .select({ at: rateLimitFailures.failedAt })
    .from(rateLimitFailures)
    .where(and(eq(rateLimitFailures.key, key), gt(rateLimitFailures.failedAt, since)))
    .orderBy(desc(rateLimitFailures.failedAt))
    .limit(limit);
  if (rows.length < limit) return { allowed: true };
  const freeAt = rows[limit - 1].at.getTime() + windowMs(windowSeconds);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)) };
}

/**
 * Logs one failure for `key` at `now`, and forgets the key's failures that have left the window (a key is always
 * used with the same window). Concurrent calls each add their own row, so none is lost.
 */
export async function recordFailure({ key, windowSeconds, now = Date.now() }: Window): Promise<void> {
  const db = await readyDb();
  await db.insert(rateLimitFailures).values({ key, failedAt: new Date(now) });
  await db.delete(rateLimitFailures).where(and(eq(rateLimitFailures.key, key), lte(rateLimitFailures.failedAt, new Date(now - windowMs(windowSeconds)))));
  if (Math.random() < 1 / CLEANUP_ONE_IN) await deleteExpiredRateLimits({ now });
}

/** Forgets every failure logged for `key` (after a successful sign-in, say). */
export async function clearFailures({ key }: { key: string }): Promise<void> {
  const db = await readyDb();
  await db.delete(rateLimitFailures).where(eq(rateLimitFailures.key, key));
}

/** Deletes failures older than a day, whatever their key; no limit here is longer than that. Returns how many went. */
export async function deleteExpiredRateLimits({ now = Date.now() }: { now?: number } = {}): Promise<number> {
  const db = await readyDb();
  const gone = await db
    .delete(rateLimitFailures)
    .where(lt(rateLimitFailures.failedAt, new Date(now - DAY_MS)))
    .returning({ id: rateLimitFailures.id });
  return gone.length;
}

export type SlotResult = { allowed: true; slotId: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one of `limit` slots of `key` within any `windowSeconds` (for actions limited whether they succeed or not:
 * starting a quiz), or refuses. Counting and logging are one transaction holding a lock on the key (an advisory
 * lock, so nothing else waits), so a burst sent at the same instant cannot all pass, as it could with
 * `checkRateLimit` then `recordFailure`. A refused try logs nothing; `releaseSlot` gives a slot back.
 */
export async function takeSlot({ key, limit, windowSeconds, now = Date.now() }: Window & { limit: number }): Promise<SlotResult> {
  const db = await readyDb();
  const since = new Date(now - windowMs(windowSeconds));
  const result = await db.transaction(async (tx): Promise<SlotResult> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`slot:${key}`}, 0))`);
    const taken = await tx
      .select({ at: rateLimitFailures.failedAt })
      .from(rateLimitFailures)
      .where(and(eq(rateLimitFailures.key, key), gt(rateLimitFailures.failedAt, since)))
      .orderBy(desc(rateLimitFailures.failedAt))
      .limit(limit);
    if (taken.length >= limit) {
      const freeAt = taken[limit - 1].at.getTime() + windowMs(windowSeconds);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)) };
    }
    const [mine] = await tx.insert(rateLimitFailures).values({ key, failedAt: new Date(now) }).returning({ id: rateLimitFailures.id });
    await tx.delete(rateLimitFailures).where(and(eq(rateLimitFailures.key, key), lte(rateLimitFailures.failedAt, since)));
    return { allowed: true, slotId: mine.id };
  });
  if (result.allowed && Math.random() < 1 / CLEANUP_ONE_IN) await deleteExpiredRateLimits({ now });
  return result;
}

/** Gives back a slot `takeSlot` took. */
export async function releaseSlot({ slotId }: { slotId: number }): Promise<void> {
  const db = await readyDb();
  await db.delete(rateLimitFailures).where(eq(rateLimitFailures.id, slotId));
}
