import Link from 'next/link';
import { connection } from 'next/server';
import { formatDate, plural } from '@/lib/format';
import { getArticleList } from '@/lib/server/cached-reads';

export default async function HomePage() {
  await connection(); // rendered per request: the build must never touch the database
  const list = await getArticleList();
  return (
    <>
      <h1>Read the news. Check the facts.</h1>
      <p className="muted" style={{ maxWidth: '40rem' }}>
        Pick an article, read it closely, then take a quiz built from it: who said what, what is a claim and what is
        on the record, when things happened, what the legal words mean, and where the article itself slips up.
      </p>
      <h2>Articles</h2>
      {list.length === 0 ? (
        <p className="empty">No articles yet. They appear here as soon as they are published.</p>
      ) : (
        <ul className="card-list">
          {list.map((a) => (
            <li key={a.slug} className="card">
              <h3 style={{ margin: '0 0 .35rem', fontSize: '1.25rem' }}>
                <Link href={`/articles/${a.slug}`}>{a.title}</Link>
              </h3>
              <ul className="meta">
                <li>{formatDate(a.date)}</li>
                <li>{a.source ?? 'Source not given'}</li>
                <li>{a.readingMinutes} min read</li>
                <li>{plural(a.questionCount, 'question')}</li>
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
