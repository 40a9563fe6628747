import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The folder for local state (the PGlite data and a generated secret). */
export function dataDir(): string {
  return process.env.DATA_DIR || '.data';
}

let cached: string | undefined;

/**
 * The secret that signs sessions and guest cookies. AUTH_SECRET wins; for local use without it, a random secret
 * is generated once and kept in the data folder so sessions survive restarts. Several instances must share
 * AUTH_SECRET (see README).
 */
export function getAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (cached) return cached;
  const file = path.join(dataDir(), 'auth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
    const fresh = randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, fresh, { flag: 'wx', mode: 0o600 });
      cached = fresh;
    } catch {
      cached = fs.readFileSync(file, 'utf8').trim(); // another process wrote it first
    }
  }
  process.env.AUTH_SECRET = cached;
  return cached!;
}
