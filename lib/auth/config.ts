import NextAuth, { CredentialsSignin, type User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { createUserSession, deleteUserSession, extendUserSession, getLiveUserSession } from '../db/queries/sessions';
import { signInSchema } from '../validation/account';
import { clientAddress } from './client-address';
import { verifyCredentials } from './credentials';
import { getAuthSecret } from './secret';

/** How long a session lasts without being used (Auth.js's default, said here because the session rows follow it). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A session row's expiry is moved on at most once in this long: one write a day per active session, not per request. */
const EXTEND_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * A sign-in refused by the rate limit. Auth.js passes it through unchanged to the sign-in server action (which shows
 * "Too many tries. Try again in N seconds."), and answers its own endpoint with `?error=CredentialsSignin&code=rate_limited`.
 */
export class TooManySignInTries extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/**
 * Auth.js: email and password (bcrypt hashes in our users table) with JWT sessions in an HttpOnly cookie.
 * Each JWT names a row of `user_sessions` (`sid`): signing out deletes it, so a copied cookie dies at sign-out.
 * Host trust defaults on for local and self-hosted use; set AUTH_TRUST_HOST=false behind an untrusted proxy.
 */
// Lazy config: the secret is read (or generated) on the first request, never while the app is being built.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: process.env.AUTH_TRUST_HOST !== 'false',
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // A wrong password is an expected event, not a server fault: keep it out of the error log.
  logger: {
    error(error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  pages: { signIn: '/signin' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Every credentials sign-in passes here, whichever route it came by: the limits live here, not in a form.
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await verifyCredentials({ ...parsed.data, address: await clientAddress() });
        if (result.ok) {
          const { id, email, name, tokenVersion } = result.user;
          return { id, email, name, tokenVersion } as User;
        }
        if (result.reason === 'limited') throw new TooManySignInTries(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
  callbacks: {
    // The token carries its session's id and the password's version: a session ends when its row is deleted
    // (sign-out) or the password changes. Both are checked with one query per request.
    async jwt({ token, user }) {
      const now = Date.now();
      if (user?.id) {
        token.ver = (user as { tokenVersion?: number }).tokenVersion ?? 1;
        token.sid = await createUserSession({ userId: user.id, maxAgeSeconds: SESSION_MAX_AGE_SECONDS, now });
        return token;
      }
      // A token without a session id (made before sessions were recorded) cannot be ended by signing out: refuse it.
      if (!token.sub || typeof token.sid !== 'string') return null;
      const live = await getLiveUserSession({ userId: token.sub, sessionId: token.sid, now });
      if (!live || live.tokenVersion !== token.ver) return null;
      const fullExpiry = now + SESSION_MAX_AGE_SECONDS * 1000;
      if (fullExpiry - live.expiresAt.getTime() > EXTEND_EVERY_MS) await extendUserSession({ sessionId: token.sid, expiresAt: new Date(fullExpiry) });
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Both ways out (the header's sign-out button and POST /api/auth/signout) come here with the decoded token.
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await deleteUserSession({ sessionId: sid });
    },
  },
}));
