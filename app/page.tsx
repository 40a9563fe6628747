import Link from 'next/link';
import { connection } from 'next/server';
import { StudentIcon, TeacherIcon } from '@/components/icons';
import { LibraryCard } from '@/components/library-card';
import { LibraryFilter } from '@/components/library-filter';
import { getSessionUser } from '@/lib/auth/player';
import { plural } from '@/lib/format';
import { filterCards, parseFilter, toCards } from '@/lib/library/card-facts';
import { getArticleList } from '@/lib/server/cached-reads';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const [list, user, query] = await Promise.all([getArticleList(), getSessionUser().catch(() => null), searchParams]);
  const filter = parseFilter(query);
  const cards = toCards(list);
  const shown = filterCards(cards, filter);
  const filtered = shown.length !== cards.length;
  return (
    <>
      <section className="hero">
        <h1>Read the news. Check the facts.</h1>
        <p>
          Pick an article, read it closely, then take a quiz built from it: who said what, what is a claim and what is
          on the record, when things happened, what the legal words mean, and where the article itself slips up.
        </p>
      </section>
      <div className="ways-in">
        <section className="way" aria-labelledby="way-students">
          <h2 id="way-students"><StudentIcon /> Join your class</h2>
          <p>Students: type the code your teacher gave you. No email, no password.</p>
          <form method="get" action="/join" className="inline-form">
            <div>
              <label htmlFor="home-code">Class code</label>
              <input id="home-code" name="code" type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={20} />
            </div>
            <button type="submit">Join</button>
          </form>
        </section>
        <section className="way" aria-labelledby="way-teachers">
          <h2 id="way-teachers"><TeacherIcon /> For teachers</h2>
          <p>Make a class, pick an article from the library or paste your own, and see question by question what your class understood.</p>
          {user ? (
            <p><Link className="button" href="/teacher">Go to Teach</Link></p>
          ) : (
            <p className="actions-tight">
              <Link className="button" href="/signup?next=%2Fteacher">Create a teacher account</Link>
              <Link href="/signin?next=%2Fteacher">I already have an account</Link>
            </p>
          )}
        </section>
      </div>
      <section id="library" aria-labelledby="library-title">
        <h2 id="library-title">The library</h2>
        <p className="muted">Real news articles to read and quiz yourself on, or to assign to a class.</p>
        <LibraryFilter filter={filter} />
        <p className="result-count">
          {filtered ? `Showing ${shown.length} of ${plural(cards.length, 'article')}` : `${plural(cards.length, 'article')}`}
        </p>
        {cards.length === 0 ? (
          <p className="empty">No articles yet. They appear here as soon as they are published.</p>
        ) : shown.length === 0 ? (
          <p className="empty">No article matches all of these. <Link href="/#library">Clear the filters</Link> or choose another.</p>
        ) : (
          <ul className="card-list library-grid">
            {shown.map((c) => <LibraryCard key={c.slug} card={c} />)}
          </ul>
        )}
      </section>
    </>
  );
}
