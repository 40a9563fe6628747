import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

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
    const call = coalesce(r.run, { maxInFlight: 2, maxSize: 10 });
    const out = Promise.all([call(1), call(2), call(3)]);
    await tick();
    await r.releaseAll();
    expect(await out).toEqual(['r1', 'r2', 'r3']);
    expect(r.groups).toEqual([[1, 2, 3]]);
  });

  it('a lone call goes alone; calls made while the groups are in flight wait and go together', async () => {
    const r = recorder();
    const call = coalesce(r.run, { maxInFlight: 1, maxSize: 10 });
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

  it('keeps groups within maxSize', async () => {
    const r = recorder();
    const call = coalesce(r.run, { maxInFlight: 3, maxSize: 2 });
    const out = Promise.all([1, 2, 3, 4, 5].map(call));
    await tick();
    await r.releaseAll();
    await r.releaseAll();
    expect(await out).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(r.groups).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('when a group fails, tries each item alone, so only the bad item’s caller sees the error', async () => {
    const r = recorder((items) => items.includes(2));
    const call = coalesce(r.run, { maxInFlight: 1, maxSize: 10 });
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
    }, { maxInFlight: 1, maxSize: 10 });
    expect(await Promise.all([call(1), call(2)])).toEqual(['r1', 'r2']);
    expect(groups).toEqual([[1, 2], [1], [2]]);
  });
});
