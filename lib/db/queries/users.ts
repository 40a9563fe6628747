import { eq, sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { randomId } from '../ids';
import { users, type UserRow } from '../schema';

/** A user by email (case-insensitive: emails are stored lower-cased), or null. */
export async function getUserByEmail({ email }: { email: string }): Promise<UserRow | null> {
  const db = await readyDb();
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

/** Creates an account; returns null when the email is already taken. */
export async function createUser(input: { email: string; name: string; passwordHash: string }): Promise<UserRow | null> {
  const db = await readyDb();
  const rows = await db
    .insert(users)
    .values({ id: randomId(), email: input.email.toLowerCase(), name: input.name, passwordHash: input.passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return rows[0] ?? null;
}

/** A user by id, or null. */
export async function getUser({ id }: { id: string }): Promise<UserRow | null> {
  const db = await readyDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/** Replaces a user's password hash and ends their other sessions (the token version moves on). */
export async function updateUserPassword({ id, passwordHash }: { id: string; passwordHash: string }): Promise<boolean> {
  const db = await readyDb();
  const rows = await db
    .update(users)
    .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, id))
    .returning({ id: users.id });
  return rows.length > 0;
}
