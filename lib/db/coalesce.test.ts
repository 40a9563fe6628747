import { describe, expect, it, vi } from 'vitest';
import { coalesce, type CoalesceOptions } from './coalesce';

const TIMEOUT = 'timed out';
const options = (o: Partial<CoalesceOptions>): CoalesceOptions => ({
  maxInFlight: 1, maxSize: 10, groupTimeoutMs: 60_000, maxWaitMs: 60_000, timeout: () => new Error(TIMEOUT), retryAlone: () => true, ...o,
});

/** A `run` that records each group and answers when the test says so. */
function recorder(fail?: (items: number[]) => boolean) {
  const groups: number[][] = [];
  const pending: (() => void)[] = [];
  const run = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      groups.push(items);
      pending.push(() => (fail?.(items) ? reject(new Error(`bad group ${items.join(',')}`)) : resolve(items.map((i) => `r${i}`))));
    });
  const releaseAll = async () => {
    while (pending.length) pending.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { groups, run, releaseAll };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('coalesce', () => {
  it('sends calls of one turn as one group and gives each caller its own result', async () => {
    const r = recorder();
    const call = coalesce(r.run, options({ maxInFlight: 2, maxSize: 10 }));
    const out = Promise.all([call(1), call(2), call(3)]);
    await tick();
    await r.releaseAll();
    expect(await out).toEqual(['r1', 'r2', 'r3']);
    expect(r.groups).toEqual([[1, 2, 3]]);
  });

  it('a lone call goes alone; calls made while the groups are in flight wait and go together', async () => {
    const r = recorder();
    const call = coalesce(r.run, options({ maxInFlight: 1, maxSize: 10 }));
    const first = call(1);
    await tick();
    expect(r.groups).toEqual([[1]]);
    const later = [call(2), call(3)];
    await tick();
    await tick();
    expect(r.groups).toEqual([[1]]); // still waiting for the first group
    await r.releaseAll();
    await r.releaseAll();
    expect(await first).toBe('r1');
    expect(await Promise.all(later)).toEqual(['r2', 'r3']);
    expect(r.groups).toEqual([[1], [2, 3]]);
  });

  it('keeps groups within maxSize and at most maxInFlight at the database', async () => {
    const r = recorder();
    const call = coalesce(r.run, options({ maxInFlight: 2, maxSize: 2 }));
    const out = Promise.all([1, 2, 3, 4, 5].map((i) => call(i)));
    await tick();
    expect(r.groups).toEqual([[1, 2], [3, 4]]);
    await r.releaseAll();
    await r.releaseAll();
    expect(await out).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(r.groups).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('when a group fails, tries each item alone, so only the bad item’s caller sees the error', async () => {
    const r = recorder((items) => items.includes(2));
    const call = coalesce(r.run, options({ maxInFlight: 1, maxSize: 10 }));
    const out = [call(1), call(2), call(3)].map((p) => p.then((v) => v, (e: Error) => e.message));
    for (let i = 0; i < 5; i++) await r.releaseAll();
    expect(await Promise.all(out)).toEqual(['r1', 'bad group 2', 'r3']);
    expect(r.groups).toEqual([[1, 2, 3], [1], [2], [3]]);
  });

  it('a group whose results do not match its items is not trusted: each item goes again alone', async () => {
    const groups: number[][] = [];
    const call = coalesce(async (items: number[]) => {
      groups.push(items);
      return items.length > 1 ? ['only one'] : [`r${items[0]}`];
    }, options({ maxInFlight: 1, maxSize: 10 }));
    expect(await Promise.all([call(1), call(2)])).toEqual(['r1', 'r2']);
    expect(groups).toEqual([[1, 2], [1], [2]]);
  });

  it('an outage fails the whole group at once: nothing is tried again alone', async () => {
    const groups: number[][] = [];
    const call = coalesce(async (items: number[]) => {
      groups.push(items);
      throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    }, options({ retryAlone: (err) => (err as { code?: string }).code !== 'ECONNREFUSED' }));
    const out = await Promise.all([call(1), call(2)].map((p) => p.then(String, (e: Error) => e.message)));
    expect(out).toEqual(['connection refused', 'connection refused']);
    expect(groups).toEqual([[1, 2]]);
  });

  it('a group that hangs gives its slot back after groupTimeoutMs, and calls that waited past maxWaitMs are not sent', async () => {
    vi.useFakeTimers();
    try {
      const groups: number[][] = [];
      const call = coalesce((items: number[]) => {
        groups.push(items);
        return items[0] === 1 ? new Promise<string[]>(() => {}) : Promise.resolve(items.map((i) => `r${i}`));
      }, options({ groupTimeoutMs: 8_000, maxWaitMs: 5_000 }));
      const hung = call(1).then(String, (e: Error) => e.message);
      await vi.advanceTimersByTimeAsync(1);
      const stale = call(2).then(String, (e: Error) => e.message); // waits behind the hung group for 8 s
      await vi.advanceTimersByTimeAsync(8_000);
      expect(await hung).toBe(TIMEOUT);
      expect(await stale).toBe(TIMEOUT);
      expect(groups).toEqual([[1]]); // call 2 was never sent: its caller had given up
      const fresh = call(3);
      await vi.advanceTimersByTimeAsync(1);
      expect(await fresh).toBe('r3'); // the slot is free again
      expect(groups).toEqual([[1], [3]]);
    } finally {
      vi.useRealTimers();
    }
  });
});
