import type { Player } from '../db/queries/attempts';
import { auth } from './config';
import { ensureGuestId, getGuestId } from './guest';

/** The signed-in user, or null. */
export async function getSessionUser(): Promise<{ id: string; name: string; email: string } | null> {
  const session = await auth();
  const u = session?.user;
  return u?.id ? { id: u.id, name: u.name ?? '', email: u.email ?? '' } : null;
}

/** Who is calling: the signed-in account, else this browser's guest identity, else nobody yet. */
export async function getPlayer(): Promise<Player | null> {
  const user = await getSessionUser();
  if (user) return { userId: user.id };
  const guestId = await getGuestId();
  return guestId ? { guestId } : null;
}

/** Like getPlayer, but gives a new guest an identity (server actions only, where cookies can be set). */
export async function requirePlayer(): Promise<Player> {
  const user = await getSessionUser();
  if (user) return { userId: user.id };
  return { guestId: await ensureGuestId() };
}
