import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newGuestToken, verifyGuestToken } from './guest-token';
import { verifyJoinDevice } from './join-device';
import { getAuthSecret } from './secret';
import { studentToken, verifyStudentToken } from './student';

// Cookies already in browsers were signed by the code before lib/auth/signed-cookie.ts: they must still be read, or
// every guest would lose their plays and every student would be signed out of their class.
const hmac = (text: string) => createHmac('sha256', getAuthSecret()).update(text).digest('base64url');

describe('cookies signed before the shared helper', () => {
  it('still verify, and are what the helper makes today', () => {
    const guestId = 'AbCdEfGhIjKlMnOpQrStUvWx';
    expect(verifyGuestToken(`${guestId}.${hmac(`guest:${guestId}`)}`)).toBe(guestId);
    expect(verifyGuestToken(newGuestToken().value)).not.toBeNull();

    const [id, sid] = ['student-id-12345', 'session-id-12345'];
    expect(studentToken(id, 3, sid)).toBe(`${id}.3.${sid}.${hmac(`student:${id}.3.${sid}`)}`);
    expect(verifyStudentToken(`${id}.3.${hmac(`student:${id}.3`)}`)).toEqual({ id, version: 3 });

    const device = 'device-id-1234567890';
    const now = Date.now();
    expect(verifyJoinDevice(`${device}.${now}.${hmac(`join-device:${device}:${now}`)}`, now)).toBe(device);
  });

  it('refuse a value signed for another cookie', () => {
    const id = 'AbCdEfGhIjKlMnOpQrStUvWx';
    expect(verifyGuestToken(`${id}.${hmac(`student:${id}`)}`)).toBeNull();
    expect(verifyStudentToken(`${id}.1.${hmac(`guest:${id}.1`)}`)).toBeNull();
  });
});
