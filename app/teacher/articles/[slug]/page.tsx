import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { CustomQuestionForm } from '@/components/custom-question-form';
import { QuestionEditor } from '@/components/question-editor';
import { TextFacts } from '@/components/text-facts';
import { ArticleManage } from '@/components/article-manage';
import { ConfirmActionForm } from '@/components/confirm-action-form';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { requireTeacher } from '@/lib/auth/player';
import { getDraft } from '@/lib/db/queries/teacher-articles';
import { MIN_QUESTIONS_TO_PUBLISH } from '@/lib/server/publish-article';
import { formatDate, plural } from '@/lib/format';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import { KIND_NAMES } from '@/lib/quiz/kind-names';
import { keyWords } from '@/lib/quiz/paper-key';
import { deleteQuestionAction, publishArticleAction } from '../actions';
import { safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Article preview' };

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The teacher's preview of their article: what the analysis found, every question, and the tools to change them. */
export default async function ArticlePreviewPage({ params }: Props) {
  await connection();
  const slug = safeParam((await params).slug);
  const user = await requireTeacher(`/teacher/articles/${slug}`);
  const draft = await getDraft({ slug, ownerId: user.id });
  if (!draft) notFound();
  const { article, analysis, questions } = draft;
  const { sentences, people, quotes, dates, terms } = analysis;
  const editable = !article.publishedAt;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href="/teacher/articles">← Your articles</Link></p>
      <h1>{article.title} <span className="badge">{editable ? 'draft' : 'published'}</span></h1>
      <ul className="meta">
        <li>{formatDate(article.date)}</li>
        <li>{article.source ?? 'Source not given'}</li>
        {article.url ? <li><a href={article.url} rel="noopener noreferrer nofollow">Original</a></li> : null}
      </ul>
      {editable ? (
        <p>This is a draft: only you can see it. Check the questions, change or remove any you do not want, add your own, then publish.</p>
      ) : (
        <p role="status" className="card">
          Published. You can now assign it from a <Link href="/teacher">class page</Link> (“Assign an article”).{' '}
          <Link href={`/articles/${article.slug}`}>See it as students do</Link>. If a question is wrong you can still fix or remove it: answers
          students already sent are marked again, and their results say your teacher updated them.
        </p>
      )}

      <p className="actions">
        <Link href={`/teacher/articles/${article.slug}/print`}>Print a worksheet (every question)</Link>
        <Link href={`/teacher/articles/${article.slug}/key`}>Print the answer key</Link>
      </p>

      <h2>What the app found</h2>
      <div className="article-layout">
        <div>
          <h3>People ({people.length})</h3>
          {people.length ? <ul>{people.map((p) => <li key={p.name}><strong>{p.name}</strong>{p.roles.length ? ` — ${p.roles.join('; ')}` : ''}</li>)}</ul> : <p className="muted">None found.</p>}
          <h3>Quotes ({quotes.length})</h3>
          {quotes.length ? <ul>{quotes.map((q, i) => <li key={i}>“{q.text}” — {q.speaker ?? 'nobody named'} <span className="muted">(sentence {q.sentence + 1})</span></li>)}</ul> : <p className="muted">None found.</p>}
          <h3>Dates ({dates.length})</h3>
          {dates.length ? <ul>{dates.map((d, i) => <li key={i}>“{d.text}” means <strong>{d.value}</strong>{d.event ? `: ${d.event}` : ''}</li>)}</ul> : <p className="muted">None found.</p>}
          <h3>Terms ({terms.length})</h3>
          {terms.length ? <dl>{terms.map((t) => <div key={t.term}><dt><strong>{t.term}</strong></dt><dd style={{ margin: '0 0 .5rem' }}>{t.definition}</dd></div>)}</dl> : <p className="muted">None found.</p>}
        </div>
        <TextFacts analysis={analysis} />
      </div>
      <details className="card" style={{ marginTop: '1rem' }}>
        <summary style={{ cursor: 'pointer', fontWeight: 700 }}>The article, sentence by sentence ({sentences.length} sentences)</summary>
        <ol className="article-body" style={{ fontSize: '1rem' }}>
          {sentences.map((s) => <li key={s.index} id={`s-${s.index}`} className="sentence">{s.text}</li>)}
        </ol>
      </details>

      <h2>Questions ({questions.length})</h2>
      {questions.length === 0 ? <p className="empty">No questions. Add your own below.</p> : null}
      <ol className="card-list">
        {questions.map((q, n) => (
          <li key={q.id} className="card">
            <p className="meta" style={{ marginBottom: '.4rem' }}>
              <span>Question {n + 1}</span><span>{SKILL_NAMES[q.skill] ?? q.skill}</span>{q.custom ? <span className="badge">your own</span> : null}
            </p>
            <p style={{ fontWeight: 700, margin: '0 0 .5rem' }}>{q.prompt}</p>
            <ul style={{ margin: '0 0 .5rem', paddingLeft: '1.25rem' }}>
              {q.options.map((o, i) => (
                <li key={i} style={i === q.answer ? { fontWeight: 700 } : undefined}>
                  {LETTERS[i] ?? i + 1}. {o}{i === q.answer ? <span className="badge">✓ right answer</span> : null}
                </li>
              ))}
            </ul>
            {q.partB ? <p style={{ margin: '0 0 .5rem' }}>Part B: {q.partB.prompt}</p> : null}
            {q.key && q.key.kind !== 'one' ? (
              <p style={{ margin: '0 0 .5rem' }}><strong>{KIND_NAMES[q.kind ?? 'choice']}. Right answer:</strong> {keyWords(q.key, q.options.map((_, i) => i))}</p>
            ) : null}
            <p style={{ margin: '0 0 .5rem' }}><strong>Why:</strong> {q.explanation}</p>
            {q.evidence.length > 0 && q.evidence.length <= 4 ? q.evidence.map((i) => (
              <blockquote key={i} className="evidence"><span className="muted">Sentence {i + 1}: </span>{sentences[i]?.text ?? ''}</blockquote>
            )) : q.evidence.length > 4 ? <p className="muted">Rests on the whole text ({plural(q.evidence.length, 'sentence')}).</p> : null}
            {!q.key || q.key.kind === 'one' ? (
              <QuestionEditor slug={article.slug} question={q} sentenceCount={sentences.length} published={!editable} />
            ) : (
              // The editor writes single choice only: it would turn an order, a sentence list or a two-part item into one.
              <p className="muted">A question of this kind cannot be edited here. You can remove it.</p>
            )}
            <ConfirmActionForm action={deleteQuestionAction} hidden={{ slug: article.slug, questionId: q.id }} label={`Remove question ${n + 1}`}
              confirm={editable ? 'Remove this question from the quiz?' : 'Remove this question? Answers already sent are marked again without it.'} />
          </li>
        ))}
      </ol>

      {editable ? (
        <>
          <h2>Add your own question</h2>
          <CustomQuestionForm slug={article.slug} sentenceCount={sentences.length} />
          <h2>Publish</h2>
          {questions.length >= MIN_QUESTIONS_TO_PUBLISH ? (
            <form action={publishArticleAction}>
              <input type="hidden" name="slug" value={article.slug} />
              <p>Publishing lets you assign it to a class. After that you can still fix or remove a question, but not add one.</p>
              <ConfirmButton label="Publish" confirm={`Publish with ${plural(questions.length, 'question')}? You can still fix a question afterwards.`} />
            </form>
          ) : (
            <p className="empty">A quiz needs at least {MIN_QUESTIONS_TO_PUBLISH} questions before you can publish it. Add your own above.</p>
          )}
        </>
      ) : null}
      <ArticleManage slug={article.slug} published={!editable} />
    </>
  );
}
