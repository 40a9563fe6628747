import type { Player } from '../db/queries/attempts';
import { auth } from './config';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { hasSessionCookie } from './session-cookie';
import { redirect } from 'next/navigation';
import { ensureGuestId, getGuestId } from './guest';
import { getStudentSession } from './student';

/**
 * The signed-in user, or null. Remembered for the rest of the render (React `cache`): the site header and the page
 * both ask, and each answer decrypts the session cookie (Auth.js's JWE with a key derived by HKDF), a large share
 * of a light page's work (figures: bench/results/history-from-code-comments.md).
 */
export const getSessionUser = cache(sessionUser);

async function sessionUser(): Promise<{ id: string; name: string; email: string } | null> {
  // No session cookie, no session: skip Auth.js entirely (most requests come from guests, and this is per request).
  if (!hasSessionCookie((await cookies()).getAll().map((c) => c.name))) return null;
  const session = await auth();
  const u = session?.user;
  return u?.id ? { id: u.id, name: u.name ?? '', email: u.email ?? '' } : null;
}

/** Every identity this browser holds (account, class membership, guest cookie), or null when it has none. */
export async function getPlayer(): Promise<Player | null> {
  const [user, guestId, student] = await Promise.all([getSessionUser(), getGuestId(), getStudentSession()]);
  const player: Player = {};
  if (user) player.userId = user.id;
  if (guestId) player.guestId = guestId;
  if (student) player.studentId = student.student.id;
  return Object.keys(player).length ? player : null;
}

/** The signed-in user acting as a teacher; redirects to sign-in when nobody is signed in. */
export async function requireTeacher(next = '/teacher'): Promise<{ id: string; name: string; email: string }> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(next)}`);
  return user;
}

/** Like getPlayer, but gives a new guest an identity (server actions only, where cookies can be set). */
export async function requirePlayer(): Promise<Player> {
  const user = await getSessionUser();
  if (user) return { userId: user.id };
  return { guestId: await ensureGuestId() };
}
