import { and, count, eq, max, sql } from 'drizzle-orm';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { attempts, questions, quizzes, type QuestionRow } from '../schema';
import { lockOwnArticle, type Tx } from './teacher-articles';

/*
 * A teacher's changes to the questions of their own article. A draft changes freely. A published article's
 * questions change only when the caller hands in `fix`: the step that re-grades what students already answered,
 * run in the same transaction after the write (lib/server/fix-question.ts), so a result never reads a key it was
 * not graded by. Every function finds the article by slug AND owner: another teacher's slug is null, nothing done.
 */

/** A write to an article's questions: done, or refused with the reason the use case words for the teacher. */
export type DraftWrite<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: 'published' | 'options-fixed' | 'not-single-choice' | 'too-few' }
  | { ok: false; reason: 'no-sentence'; sentences: number };

/** Re-grades the attempts that were dealt a question once it has changed (or gone), inside the write's transaction. */
export type FixStep = (tx: Tx, quiz: { id: string }) => Promise<void>;

type Quiz = { id: string; sentences: number; published: boolean; questionCount: number };

/**
 * Runs `change` on the owner's article inside a transaction with the article row locked, so a publish and an
 * edit cannot interleave, then `fix` when given. Null when the article is not theirs; refused when it is published
 * and there is no `fix`.
 */
async function withOwnArticle<T>(slug: string, ownerId: string, fix: FixStep | undefined, change: (tx: Tx, quiz: Quiz) => Promise<DraftWrite<T> | null>): Promise<DraftWrite<T> | null> {
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const own = await lockOwnArticle(tx, slug, ownerId);
    if (!own) return null;
    if (own.publishedAt && !fix) return { ok: false, reason: 'published' };
    const result = await change(tx, { id: own.quizId, sentences: own.analysis.sentences.length, published: !!own.publishedAt, questionCount: own.questionCount });
    if (result?.ok) {
      const [{ n }] = await tx.select({ n: count() }).from(questions).where(eq(questions.quizId, own.quizId));
      await tx.update(quizzes).set({ questionCount: n }).where(eq(quizzes.id, own.quizId));
      if (fix) await fix(tx, { id: own.quizId });
    }
    return result;
  });
}

/** Whether any attempt, submitted or not, was dealt this question (its option order is then fixed in the plan). */
async function wasDealt(tx: Tx, quizId: string, questionId: string): Promise<boolean> {
  const [row] = await tx.select({ id: attempts.id }).from(attempts)
    .where(and(eq(attempts.quizId, quizId), sql`${attempts.plan} @> ${JSON.stringify([{ questionId }])}::jsonb`)).limit(1);
  return !!row;
}

/** The columns of a question a teacher writes or edits. */
type QuestionFields = Pick<QuestionRow, 'prompt' | 'options' | 'correctOption' | 'explanation'>;

/**
 * Removes one question from the owner's article; null when there is no such question. A published quiz keeps at
 * least `minQuestions`.
 */
export async function deleteArticleQuestion(input: { slug: string; ownerId: string; questionId: string; minQuestions: number; fix?: FixStep }): Promise<DraftWrite | null> {
  return withOwnArticle(input.slug, input.ownerId, input.fix, async (tx, quiz): Promise<DraftWrite | null> => {
    if (quiz.published && quiz.questionCount <= input.minQuestions) return { ok: false, reason: 'too-few' };
    const gone = await tx.delete(questions).where(and(eq(questions.quizId, quiz.id), eq(questions.id, input.questionId))).returning({ id: questions.id });
    return gone.length ? { ok: true } : null;
  });
}

/**
 * Rewrites one question of the owner's article. `evidence` is the main sentence: null or the question's current
 * first sentence keeps all its current sentences, another index makes that sentence the only one. A question
 * already dealt keeps its number of options (each player's option order counts them).
 */
export async function updateArticleQuestion(input: { slug: string; ownerId: string; questionId: string; fields: QuestionFields; evidence: number | null; fix?: FixStep }): Promise<DraftWrite | null> {
  const { fields, evidence: main } = input;
  return withOwnArticle(input.slug, input.ownerId, input.fix, async (tx, quiz): Promise<DraftWrite | null> => {
    const where = and(eq(questions.quizId, quiz.id), eq(questions.id, input.questionId));
    const [current] = await tx.select({ evidence: questions.evidence, options: questions.options, key: questions.key }).from(questions).where(where);
    if (!current) return null;
    if (main !== null && main >= quiz.sentences) return { ok: false, reason: 'no-sentence', sentences: quiz.sentences };
    if (current.key && current.key.kind !== 'one') return { ok: false, reason: 'not-single-choice' };
    if (fields.options.length !== current.options.length && (await wasDealt(tx, quiz.id, input.questionId))) return { ok: false, reason: 'options-fixed' };
    const evidence = main === null || main === current.evidence[0] ? current.evidence : [main];
    // A single-choice key stored in the key column (one worth more than a point) follows the new right option.
    const key = current.key ? { ...current.key, answer: fields.correctOption, options: fields.options.length } : null;
    await tx.update(questions).set({ ...fields, evidence, key }).where(where);
    return { ok: true };
  });
}

/** Adds a question the teacher wrote, resting on one sentence, to the end of their draft. */
export async function addDraftQuestion(input: { slug: string; ownerId: string; skill: QuestionRow['skill']; fields: QuestionFields; evidence: number }): Promise<DraftWrite<{ id: string }> | null> {
  return withOwnArticle<{ id: string }>(input.slug, input.ownerId, undefined, async (tx, quiz) => {
    if (input.evidence >= quiz.sentences) return { ok: false, reason: 'no-sentence', sentences: quiz.sentences };
    const [{ last }] = await tx.select({ last: max(questions.position) }).from(questions).where(eq(questions.quizId, quiz.id));
    const id = `custom-${randomId().slice(0, 8)}`;
    await tx.insert(questions).values({
      ...input.fields, quizId: quiz.id, id, position: (last ?? -1) + 1, skill: input.skill, evidence: [input.evidence], difficulty: 2, custom: true,
    });
    return { ok: true as const, id };
  });
}
