import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { rateLimits } from '../schema';

// Windows aligned to multiples of windowSeconds since the epoch: one row per key and window, so counting is a
// single upsert, and checking reads the current and the previous window (a sliding-window estimate).

const DAY_MS = 24 * 60 * 60 * 1000;
/** About one failure in this many also sweeps rows older than a day, so the table stays small without a cron job. */
const CLEANUP_ONE_IN = 50;

function windowOf(windowSeconds: number, now = Date.now()) {
  const size = Math.max(1, Math.floor(windowSeconds)) * 1000;
  const start = Math.floor(now / size) * size;
  return { start: new Date(start), end: start + size, now };
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether `key` is still under `limit` failures in the last `windowSeconds`. It does not count this try, so callers
 * can refuse before doing expensive work (hashing a password) and record a failure only when the try failed.
 * The last window's count is weighted by how much of it still overlaps (a sliding-window estimate), so a burst
 * that straddles a window boundary is still caught.
 */
export async function checkRateLimit({ key, limit, windowSeconds }: { key: string; limit: number; windowSeconds: number }): Promise<RateLimitResult> {
  const db = await readyDb();
  const w = windowOf(windowSeconds);
  const size = w.end - w.start.getTime();
  const previousStart = new Date(w.start.getTime() - size);
  const rows = await db
    .select({ start: rateLimits.windowStart, count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), inArray(rateLimits.windowStart, [w.start, previousStart])));
  const current = rows.find((r) => r.start.getTime() === w.start.getTime())?.count ?? 0;
  const previous = rows.find((r) => r.start.getTime() === previousStart.getTime())?.count ?? 0;
  const elapsed = (w.now - w.start.getTime()) / size; // 0..1 through the current window
  if (current + previous * (1 - elapsed) < limit) return { allowed: true };
  // When the weighted count falls below the limit: at the end of this window at the latest.
  const until = current >= limit || previous === 0 ? 1 : Math.min(1, 1 - (limit - current) / previous);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((until - elapsed) * size) / 1000)) };
}

/** Counts one failure for `key` in the current window, atomically (concurrent calls never lose a count). */
export async function recordFailure({ key, windowSeconds }: { key: string; windowSeconds: number }): Promise<{ count: number }> {
  const db = await readyDb();
  const w = windowOf(windowSeconds);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: w.start, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  if (Math.random() < 1 / CLEANUP_ONE_IN) await deleteExpiredRateLimits({ now: w.now });
  return { count: row.count };
}

/** Forgets every failure counted for `key` (after a successful sign-in, say). */
export async function clearFailures({ key }: { key: string }): Promise<void> {
  const db = await readyDb();
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Deletes windows that started more than a day ago; no limit here is longer than that. Returns how many went. */
export async function deleteExpiredRateLimits({ now = Date.now() }: { now?: number } = {}): Promise<number> {
  const db = await readyDb();
  const gone = await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now - DAY_MS))).returning({ key: rateLimits.key });
  return gone.length;
}
