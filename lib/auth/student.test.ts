import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { getAuthSecret } from './secret';
import { studentToken, verifyStudentToken } from './student';

describe('student cookie', () => {
  it('names the student, the version and the device session, and refuses altered values', () => {
    const id = 'student-id-0123456789';
    const value = studentToken(id, 3, 'session-id-0123456789');
    expect(verifyStudentToken(value)).toEqual({ id, version: 3, sessionId: 'session-id-0123456789' });
    const [, , , mac] = value.split('.');
    // Swapping in another session id (one that is still live, say) breaks the signature.
    expect(verifyStudentToken(`${id}.3.other-session-id-0123.${mac}`)).toBeNull();
    expect(verifyStudentToken(`${id}.4.session-id-0123456789.${mac}`)).toBeNull();
    // Dropping the session id to pass as an old cookie does too: old cookies were signed over "id.version".
    expect(verifyStudentToken(`${id}.3.${mac}`)).toBeNull();
    expect(verifyStudentToken(`${value}.x`)).toBeNull();
    expect(verifyStudentToken(undefined)).toBeNull();
  });

  it('still reads a cookie made before device sessions, without a session id', () => {
    const id = 'student-id-0123456789';
    const mac = createHmac('sha256', getAuthSecret()).update(`student:${id}.2`).digest('base64url');
    expect(verifyStudentToken(`${id}.2.${mac}`)).toEqual({ id, version: 2 });
  });
});
