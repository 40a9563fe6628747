import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { createUser } from '@/lib/db/queries/users';

// Test support only: shared by the database tests of sign-in and sign-up (lib/auth/credentials.test.ts, sign-up.test.ts).

/** Unique per run: PostgreSQL runs share one database, so emails and addresses must never meet another run's. */
export const run = randomBytes(4).toString('hex');
export const S = 1000;
/** The start of the minute before the current one: tests place their tries at injected times from here. */
export const start = Math.floor(Date.now() / (60 * S)) * 60 * S - 60 * S;
export const PASSWORD = 'the right password';

/** Makes an account with PASSWORD (a cheap hash) and returns its email. */
export async function account(name: string): Promise<string> {
  const email = `${name}-${run}@example.test`;
  await createUser({ email, name, passwordHash: await bcrypt.hash(PASSWORD, 4) });
  return email;
}
