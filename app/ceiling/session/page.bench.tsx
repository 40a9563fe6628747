import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getPlayer } from '@/lib/auth/player';

/**
 * The least a dynamic page of this build can be: rendered per request, it reads who is calling (account, class
 * membership, guest cookie) as every real page does, and shows nothing else. `npm run bench` compares the signed-in
 * pages with it. Built only for the benchmark (see next.config.js), never shipped as a route.
 */
export const metadata: Metadata = { title: 'Ceiling', robots: { index: false } };

export default async function SessionCeilingPage() {
  await connection();
  const player = await getPlayer();
  return <p>{player ? 'Signed in' : 'Visitor'}</p>;
}
