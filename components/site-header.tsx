import Link from 'next/link';
import { LogoMark } from '@/components/icons';
import { getSessionUser } from '@/lib/auth/player';
import { signOutAction } from '@/app/(account)/actions';

/** The top navigation: home, and the account links or the signed-in name with a sign-out button. */
export async function SiteHeader() {
  const user = await getSessionUser().catch(() => null);
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <Link className="brand" href="/"><LogoMark className="brand-mark" /><span className="wordmark">Factcheck <span>Quiz</span></span></Link>
        <Link href="/#library">Library</Link>
        <Link href="/class">My class</Link>
        <Link href="/skills">My skills</Link>
        <Link href="/teacher">Teach</Link>
        {user ? (
          <>
            <Link href="/account" className="nav-user">Signed in as {user.name}</Link>
            <form action={signOutAction}>
              <button type="submit" className="link">Sign out</button>
            </form>
          </>
        ) : (
          <>
            <Link href="/signin">Sign in</Link>
            <Link href="/signup">Sign up</Link>
          </>
        )}
      </nav>
    </header>
  );
}
