import { randomBytes } from 'node:crypto';

/** A random, unguessable id (16 bytes, URL-safe): ids in URLs must not be sequential. */
export function randomId(): string {
  return randomBytes(16).toString('base64url');
}
