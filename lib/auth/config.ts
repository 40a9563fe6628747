import bcrypt from 'bcryptjs';
import NextAuth, { type User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getUserByEmail, getUserTokenVersion } from '../db/queries/users';
import { signInSchema } from '../validation/account';
import { getAuthSecret } from './secret';

/**
 * Auth.js: email and password (bcrypt hashes in our users table) with JWT sessions in an HttpOnly cookie.
 * Host trust defaults on for local and self-hosted use; set AUTH_TRUST_HOST=false behind an untrusted proxy.
 */
// Lazy config: the secret is read (or generated) on the first request, never while the app is being built.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: process.env.AUTH_TRUST_HOST !== 'false',
  session: { strategy: 'jwt' },
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
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await getUserByEmail({ email: parsed.data.email });
        if (!user || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name, tokenVersion: user.tokenVersion } as User;
      },
    }),
  ],
  callbacks: {
    // The token carries the password's version: after a password change, sessions made before it end.
    async jwt({ token, user }) {
      if (user) {
        token.ver = (user as { tokenVersion?: number }).tokenVersion ?? 1;
        return token;
      }
      if (!token.sub) return token;
      const current = await getUserTokenVersion({ id: token.sub });
      return current !== null && current === token.ver ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
