import { describe, expect, it } from 'vitest';
import { newGuestToken, verifyGuestToken } from './guest-token';

describe('guest cookie', () => {
  it('recognises its own signed value and refuses forged, altered or malformed ones', () => {
    const { id, value } = newGuestToken();
    expect(verifyGuestToken(value)).toBe(id);
    const other = newGuestToken();
    expect(verifyGuestToken(`${other.id}.${value.split('.')[1]}`)).toBeNull(); // someone else's id, my signature
    expect(verifyGuestToken(`${id}.${'A'.repeat(43)}`)).toBeNull();
    expect(verifyGuestToken(id)).toBeNull();
    expect(verifyGuestToken(`${value}.extra`)).toBeNull();
    expect(verifyGuestToken(undefined)).toBeNull();
    expect(verifyGuestToken('<script>.x')).toBeNull();
  });
});
