import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { ArticleText, withoutTitle } from '@/components/article-text';
import { Attribution } from '@/components/attribution';
import { TextFacts } from '@/components/text-facts';
import { formatDate } from '@/lib/format';
import { getReaderArticle } from '@/lib/server/cached-reads';
import { safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getReaderArticle({ slug: safeParam((await params).slug) });
  return { title: found?.title ?? 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const slug = safeParam((await params).slug);
  const article = await getReaderArticle({ slug });
  if (!article) notFound();
  const { parsed, analysis } = article;
  return (
    <article>
      <p className="muted" style={{ margin: 0 }}>
        {formatDate(article.date)} · {article.source ?? 'Source not given'}
        {article.url ? <> · <a href={article.url} rel="noopener noreferrer">original</a></> : null}
      </p>
      <h1>{article.title}</h1>
      {/* A teacher's own article is played only through the class assignment, never openly. */}
      {article.ownerId ? null : (
        <div className="actions">
          <Link className="button" href={`/articles/${slug}/quiz`}>Take the quiz</Link>
          <Link className="button secondary" href={`/articles/${slug}/leaderboard`}>Leaderboard</Link>
        </div>
      )}
      <div className="article-layout">
        <ArticleText article={withoutTitle(parsed, article.title)} sentences={analysis.sentences} />
        <TextFacts analysis={analysis} />
      </div>
      {article.ownerId ? null : (
        <section className="card" aria-labelledby="quiz-call" style={{ marginTop: '2rem', maxWidth: '40rem' }}>
          <h2 id="quiz-call" style={{ marginTop: 0 }}>Finished reading?</h2>
          <p>Check what you caught: who said what, what the record shows, dates and words. The article stays beside the questions while you answer.</p>
          <Link className="button" href={`/articles/${slug}/quiz`}>Start the quiz</Link>
        </section>
      )}
      <Attribution slug={slug} title={article.title} date={article.date} url={article.url} />
    </article>
  );
}
