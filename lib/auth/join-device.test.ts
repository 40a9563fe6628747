import { describe, expect, it } from 'vitest';
import { newJoinDevice, verifyJoinDevice } from './join-device';

describe('join device cookies', () => {
  const now = Date.UTC(2026, 0, 5, 9, 0, 0);
  it('are ours for an hour and cannot be forged, altered or made young again', () => {
    const { id, value } = newJoinDevice(now);
    expect(verifyJoinDevice(value, now)).toBe(id);
    expect(verifyJoinDevice(value, now + 60 * 60 * 1000 - 1)).toBe(id);
    expect(verifyJoinDevice(value, now + 60 * 60 * 1000)).toBeNull();
    const [, issued, mac] = value.split('.');
    expect(verifyJoinDevice(`${'A'.repeat(22)}.${issued}.${mac}`, now)).toBeNull();
    expect(verifyJoinDevice(`${id}.${now + 30 * 60 * 1000}.${mac}`, now + 70 * 60 * 1000)).toBeNull();
    expect(verifyJoinDevice(`${id}.${issued}`, now)).toBeNull();
    expect(verifyJoinDevice(undefined, now)).toBeNull();
  });
});
