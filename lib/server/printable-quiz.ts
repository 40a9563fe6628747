import type { Article } from '../article/types';
import type { Sentence } from '../analysis/types';
import { getTeacherAssignment } from '../db/queries/assignments';
import { listQuestionRows, toQuestion, type StoredQuestion } from '../db/queries/questions';
import { getQuizText } from '../db/queries/quiz-text';
import { getDraft } from '../db/queries/teacher-articles';
import { answerKeyOf } from './answer-key';
import type { AnswerKey } from '../quiz/grade';
import { selectQuiz } from '../quiz/select';
import { QUESTION_KINDS, type Skill } from '../quiz/types';

/** One printed question: the stored question (key included: server only) and the order its options are printed in. */
export type PrintItem = { question: StoredQuestion; key: AnswerKey; order: number[] };

/** A quiz on paper: the article (sentences numbered, for the evidence questions) and its questions, in print order. */
export type Printable = {
  title: string;
  /** What it is printed for: a class's assignment, or the teacher's article. */
  context: string;
  /** Where the teacher came from (the screen's "back" link). */
  back: string;
  /** The other sheet: the worksheet's key, or the key's worksheet. */
  base: string;
  article: Article;
  sentences: Sentence[];
  items: PrintItem[];
};

/**
 * An assignment printed for a class without devices: the questions the assignment deals (its number, skills and
 * kinds), chosen and shuffled once with the assignment's id as the seed, so the worksheet and its answer key
 * always match. Null unless the assignment is in one of this teacher's classes.
 */
export async function getPrintableAssignment(teacher: { id: string }, { assignmentId }: { assignmentId: string }): Promise<Printable | null> {
  const found = await getTeacherAssignment({ id: assignmentId, teacherId: teacher.id });
  if (!found) return null;
  const { a } = found;
  const [rows, text] = await Promise.all([listQuestionRows({ quizId: a.quizId }), getQuizText({ quizId: a.quizId })]);
  if (!text) return null;
  const bank = new Map(rows.map((r) => [r.id, { question: toQuestion(r), key: answerKeyOf(r) }]));
  const plan = selectQuiz(rows.map(toQuestion), { count: a.questionCount, seed: `print:${a.id}`, skills: a.skills as Skill[], kinds: a.kinds ?? QUESTION_KINDS });
  return {
    title: found.articleTitle, context: `${found.className}: assignment`, back: `/teacher/assignments/${a.id}`, base: `/teacher/assignments/${a.id}`,
    article: text.parsed, sentences: text.analysis.sentences,
    items: plan.map((p) => ({ ...bank.get(p.questionId)!, order: p.order })),
  };
}

/**
 * A teacher's own article printed with every question of its bank, each question's options shuffled as a deal
 * would (seeded by the article, so the worksheet and the key match). Null unless the article is theirs.
 */
export async function getPrintableArticle(teacher: { id: string }, { slug }: { slug: string }): Promise<Printable | null> {
  const draft = await getDraft({ slug, ownerId: teacher.id });
  if (!draft) return null;
  const items = draft.questions.map((q) => {
    // Dealt alone, a question is never passed over; its options come back shuffled (an order never already right).
    const [pick] = selectQuiz([q], { count: 1, seed: `print:${slug}:${q.id}`, kinds: QUESTION_KINDS });
    const key = answerKeyOf({ key: q.key ?? null, correctOption: q.answer, options: q.options });
    return { question: q, key, order: pick?.order ?? q.options.map((_, i) => i) };
  });
  return {
    title: draft.article.title, context: 'Your article: every question', back: `/teacher/articles/${slug}`, base: `/teacher/articles/${slug}`,
    article: draft.parsed, sentences: draft.analysis.sentences, items,
  };
}
