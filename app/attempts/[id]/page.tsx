import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { randomBytes } from 'node:crypto';
import { ArticleDialog, ArticleSide } from '@/components/article-dialog';
import { ArticleText, withoutTitle } from '@/components/article-text';
import { AttemptResult } from '@/components/attempt-result';
import { FocusHeading } from '@/components/focus-heading';
import layout from '@/components/quiz-layout.module.css';
import { QuizForm } from '@/components/quiz-form';
import { RegradeNotice } from '@/components/regrade-notice';
import { getPlayer, getSessionUser } from '@/lib/auth/player';
import { teacherOwnsAttempt } from '@/lib/db/queries/results';
import { LocalTime } from '@/components/local-time';
import { getAttempt } from '@/lib/server/attempt-view';
import { toPublicQuestion } from '@/lib/quiz/select';
import { unrankedReason } from '@/lib/leaderboard-policy';
import { submitAnswersAction } from './actions';
import { safeParam } from '@/lib/validation/params';
import { getReaderArticle } from '@/lib/server/cached-reads';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Quiz' };

export default async function AttemptPage({ params }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const id = safeParam((await params).id);
  const player = await getPlayer();
  let view = player ? await getAttempt({ id, player }) : null;
  let asTeacher = false;
  if (!view) {
    // A teacher may open any attempt made in one of their classes (read-only).
    const user = await getSessionUser();
    if (user && (await teacherOwnsAttempt({ attemptId: id, teacherId: user.id }))) {
      view = await getAttempt({ id, player: {}, asTeacher: true, viewerUserId: user.id });
      asTeacher = true;
    }
  }
  if (!view) notFound();
  const articleHref = `/articles/${view.articleSlug}`;

  if (!view.attempt.submittedAt && asTeacher) {
    return (
      <>
        <h1>{view.attempt.nickname} has not submitted yet</h1>
        <p>This attempt is still open. Its answers appear here once it is submitted.</p>
      </>
    );
  }

  if (!view.attempt.submittedAt) {
    // Only the public shape crosses to the browser: prompt and options in this player's order, never the key.
    const publicQuestions = view.dealt.map((d) => toPublicQuestion(d.question, d.order));
    // The article's text is public (the article page shows it): beside the questions, or in a dialog on a phone.
    const found = await getReaderArticle({ slug: view.articleSlug });
    // Questions answered by selecting sentences show the article's sentences.
    const bySentence = publicQuestions.some((q) => q.kind === 'evidence' || q.kind === 'two-part');
    const sentences = bySentence ? (found?.analysis.sentences ?? []).map((s) => ({ index: s.index, text: s.text })) : [];
    const text = found ? <ArticleText article={withoutTitle(found.parsed, found.title)} sentences={found.analysis.sentences} anchors={false} /> : null;
    return (
      <>
        <p className="muted" style={{ margin: 0 }}><Link href={articleHref}>← {view.articleTitle}</Link></p>
        <h1>Quiz</h1>
        <p className="muted">Playing as <strong>{view.attempt.nickname}</strong>. Answer every question, then submit. Each answer is saved as you make it, so you can come back to it later.</p>
        <p>{view.assignment?.confidenceMarks
          ? 'This assignment uses confidence marks: say how sure you are, and a right answer earns 1, 2 or 3 (guessing, fairly sure, sure) while a wrong one costs 0, 2 or 6, so only say sure when you have checked. An answer with no confidence counts as a guess.'
          : view.assignment
            ? 'Say how sure you are of each answer if you like: your result shows how well your confidence matched what you got right.'
            : 'Say how sure you are of each answer if you like: your result shows your score and your confidence marks (a right answer earns 1, 2 or 3 when guessing, fairly sure or sure; a wrong one costs 0, 2 or 6; an answer with no confidence counts as a guess).'}</p>
        <div className={layout.layout}>
          <QuizForm attemptId={id} questions={publicQuestions} idempotencyKey={randomBytes(12).toString('base64url')} articleHref={articleHref}
            sentences={sentences} draft={view.attempt.draft} action={submitAnswersAction.bind(null, id)}
            articleButton={text ? <ArticleDialog title={view.articleTitle}>{text}</ArticleDialog> : null} />
          {text ? <ArticleSide title={view.articleTitle}>{text}</ArticleSide> : null}
        </div>
      </>
    );
  }

  const a = view.assignment;
  if (view.scoreOnly && a) {
    return (
      <>
        <FocusHeading>Your result</FocusHeading>
        <RegradeNotice regradedAt={view.attempt.regradedAt} />
        <p className="score">{view.attempt.score} out of {view.attempt.maxScore}</p>
        <p>Your teacher will show the right answers after the assignment closes on <LocalTime iso={a.closesAt.toISOString()} />.</p>
        <div className="actions"><Link className="button" href="/class">Back to your class</Link></div>
      </>
    );
  }
  const found = await getReaderArticle({ slug: view.articleSlug });
  const context = asTeacher ? 'teacher' : a ? 'class' : 'public';
  // Open play: say whether this play is on the board, and if not, why (a replay, or finished too fast to have read).
  const boardNote = context === 'public' ? unrankedReason({ durationMs: view.attempt.durationMs, maxScore: view.attempt.maxScore, firstPlay: view.firstPlay }) : null;
  return (
    <>
      <RegradeNotice regradedAt={view.attempt.regradedAt} asTeacher={asTeacher} />
      <AttemptResult view={view} sentences={found?.analysis.sentences ?? []} articleHref={articleHref} context={context} boardNote={boardNote} />
    </>
  );
}
