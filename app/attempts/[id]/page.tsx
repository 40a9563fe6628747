import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { randomBytes } from 'node:crypto';
import { AttemptResult } from '@/components/attempt-result';
import { QuizForm } from '@/components/quiz-form';
import { getPlayer } from '@/lib/auth/player';
import { getArticle } from '@/lib/db/queries/articles';
import { getAttempt } from '@/lib/db/queries/attempts';
import { toPublicQuestion } from '@/lib/quiz/select';
import { submitAnswersAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Quiz' };

export default async function AttemptPage({ params }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const { id } = await params;
  const player = await getPlayer();
  const view = player ? await getAttempt({ id, player }) : null;
  if (!view) notFound();
  const articleHref = `/articles/${view.articleSlug}`;

  if (!view.attempt.submittedAt) {
    // Only the public shape crosses to the browser: prompt and options in this player's order, never the key.
    const publicQuestions = view.dealt.map((d) => toPublicQuestion(d.question, d.order));
    return (
      <>
        <p className="muted" style={{ margin: 0 }}><Link href={articleHref}>← {view.articleTitle}</Link></p>
        <h1>Quiz</h1>
        <p className="muted">Playing as <strong>{view.attempt.nickname}</strong>. Choose one answer per question, then submit.</p>
        <QuizForm questions={publicQuestions} idempotencyKey={randomBytes(12).toString('base64url')} articleHref={articleHref}
          action={submitAnswersAction.bind(null, id, view.articleSlug)} />
      </>
    );
  }

  const found = await getArticle({ slug: view.articleSlug });
  return <AttemptResult view={view} sentences={found?.analysis.sentences ?? []} articleHref={articleHref} />;
}
