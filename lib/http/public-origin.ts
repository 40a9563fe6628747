import { headers } from 'next/headers';

/**
 * The address students reach this app at, for links a teacher shares (the class's join link, its QR code). The
 * configured public address (`AUTH_URL`, which a deployment behind a load balancer sets) wins; without it, the
 * host this request came to, as the browser sent it.
 */
export async function publicOrigin(): Promise<string> {
  const configured = process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      /* a malformed setting: fall back to the request's own host */
    }
  }
  const h = await headers();
  // Next passes the browser's Host on as x-forwarded-host (its own `host` may name the server's bind address). Only
  // the teacher who sends a forged one sees the link it makes.
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

/** The link that opens the join page with a class's code filled in. */
export function joinLink(origin: string, code: string): string {
  return `${origin}/join?code=${encodeURIComponent(code)}`;
}
