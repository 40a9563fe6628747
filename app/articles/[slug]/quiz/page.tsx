import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { StartQuizForm } from '@/components/start-quiz-form';
import { getSessionUser } from '@/lib/auth/player';
import { plural } from '@/lib/format';
import { getReaderArticle } from '@/lib/server/cached-reads';
import { safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Start the quiz' };

export default async function QuizStartPage({ params }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const slug = safeParam((await params).slug);
  const [found, user] = await Promise.all([getReaderArticle({ slug, publicOnly: true }), getSessionUser()]);
  if (!found) notFound();
  const count = Math.min(10, found.questionCount);
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={`/articles/${slug}`}>← {found.title}</Link></p>
      <h1>Quiz: check what you read</h1>
      <p>{plural(count, 'question')} built from this article. Every answer rests on a sentence you can find in it, and you can reopen the article while you answer.</p>
      {user ? (
        <p className="muted">You are signed in as {user.name}: this attempt is saved to your account.</p>
      ) : (
        <p className="muted">Playing as a guest. <Link href={`/signin?next=/articles/${slug}/quiz`}>Sign in</Link> to keep your scores in an account.</p>
      )}
      <StartQuizForm slug={slug} defaultNickname={user?.name ?? ''} />
    </>
  );
}
