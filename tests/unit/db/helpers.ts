import { randomBytes } from 'node:crypto';
import type { Analysis } from '@/lib/analysis/types';
import type { Article } from '@/lib/article/types';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { createArticleWithQuiz } from '@/lib/db/queries/articles';
import type { NewAssignment } from '@/lib/db/queries/assignments';
import type { Player } from '@/lib/db/queries/attempts';
import { getAttempt } from '@/lib/server/attempt-view';
import { createUser } from '@/lib/db/queries/users';
import { prepareWithContent } from '@/lib/server/seed-content';
import { answers, assignments, attempts, classes, students } from '@/lib/db/schema';
import type { Question, Skill } from '@/lib/quiz/types';
import { kindsArticle, kindsQuestions } from '../../fixtures/kinds-quiz';
import type { ShownAnswer } from '@/lib/quiz/sheet';

/** A small article with a known answer key, so database behaviour is tested apart from the generator. */
export async function makeQuiz(questionCount = 4) {
  await prepareWithContent();
  const slug = `test-${randomBytes(6).toString('hex')}`;
  const questions: Question[] = Array.from({ length: questionCount }, (_, i) => ({
    id: `q${i}`,
    skill: i % 2 ? 'who-said' : 'vocabulary',
    prompt: `Question number ${i}?`,
    options: ['alpha', 'beta', 'gamma', 'delta'],
    answer: i % 4,
    evidence: [0],
    explanation: 'Because the article says so.',
    difficulty: 1,
  }));
  const parsed: Article = { title: 'Test', date: '2024-01-01', source: null, url: null, headings: [], paragraphs: ['One. Two.'], blocks: [{ kind: 'paragraph', text: 'One. Two.' }] };
  const analysis = { sentences: [], stats: { readingMinutes: 1 } } as unknown as Analysis;
  const { quizId } = await createArticleWithQuiz({
    slug, title: 'Test article', date: '2024-01-01', source: null, url: null, body: 'One. Two.', featured: false,
    revision: 'r1', generatorVersion: 1, parsed, analysis, questions,
  });
  return { slug, quizId, questions };
}

export const guest = () => ({ guestId: randomBytes(18).toString('base64url') });

/** A teacher account with a unique email: each database test makes its own users. */
export async function makeTeacher(name: string) {
  await prepareWithContent();
  const user = await createUser({ email: `${name.toLowerCase()}-${randomBytes(6).toString('hex')}@example.com`, name, passwordHash: 'not-a-real-hash' });
  return user!;
}

/** An assignment of a test quiz that is open now (one hour left), one attempt, every question of `makeQuiz`. */
export function openAssignment(classId: string, articleSlug: string, teacherId: string, overrides: Partial<NewAssignment> = {}) {
  return {
    classId, articleSlug, teacherId, questionCount: 4, skills: ['vocabulary', 'who-said'] as Skill[],
    opensAt: new Date(Date.now() - 60 * 60_000), closesAt: new Date(Date.now() + 60 * 60_000),
    attemptsAllowed: 1, revealAnswers: 'after-submit' as const, showLeaderboard: true, note: null, ...overrides,
  };
}

/**
 * The answers a player would send (shown option index per question) to choose `pick(question)`, a canonical
 * option index, for each dealt question; the dealt order and option shuffle differ per attempt.
 */
export async function shownFor(id: string, player: Player, pick: (q: Question) => number): Promise<Record<string, number>> {
  const view = await getAttempt({ id, player });
  if (!view) throw new Error(`attempt ${id} is not this player's`);
  return Object.fromEntries(view.dealt.map(({ question, order }) => [question.id, order.indexOf(pick(question))]));
}

/** Every classroom row that belongs to these teachers, sorted, to prove a refused call changed nothing. */
export async function classroomRows(teacherIds: string[]) {
  const db = await getDb();
  const cls = await db.select().from(classes).where(inArray(classes.teacherId, teacherIds)).orderBy(asc(classes.id));
  const classIds = cls.map((c) => c.id).concat('none');
  const stu = await db.select().from(students).where(inArray(students.classId, classIds)).orderBy(asc(students.id));
  const asg = await db.select().from(assignments).where(inArray(assignments.classId, classIds)).orderBy(asc(assignments.id));
  const att = await db.select().from(attempts).where(inArray(attempts.assignmentId, asg.map((a) => a.id).concat('none'))).orderBy(asc(attempts.id));
  const ans = await db.select().from(answers).where(inArray(answers.attemptId, att.map((a) => a.id).concat('none')))
    .orderBy(asc(answers.attemptId), asc(answers.questionId));
  return { classes: cls, students: stu, assignments: asg, attempts: att, answers: ans };
}

/**
 * Moves an unsubmitted attempt's start `seconds` into the past, as if the player had spent that long reading: the
 * board ranks only plays that took at least 2 s per question (`lib/leaderboard-policy.ts`).
 */
export async function startedAgo(id: string, seconds: number) {
  const db = await getDb();
  await db.update(attempts).set({ startedAt: new Date(Date.now() - seconds * 1000) }).where(eq(attempts.id, id));
}

/** An article with one hand-made question of every kind (tests/fixtures/kinds-quiz.ts), stored like a generated bank. */
export async function makeKindsQuiz() {
  await prepareWithContent();
  const slug = `kinds-${randomBytes(6).toString('hex')}`;
  const questions = kindsQuestions();
  const { parsed, analysis, body } = kindsArticle();
  const { quizId } = await createArticleWithQuiz({
    slug, title: 'The bridge', date: '2024-03-21', source: null, url: null, body, featured: false,
    revision: 'r1', generatorVersion: 1, parsed, analysis, questions,
  });
  return { slug, quizId, questions };
}

/** The right answer to a dealt question of any kind, in the indices its player sees (undoing their option order). */
export function rightShown(question: Question, order: number[]): ShownAnswer {
  const shown = (canonical: number) => order.indexOf(canonical);
  const key = question.key;
  switch (key?.kind) {
    case undefined:
    case 'one':
      return shown(question.answer);
    case 'sentences':
      return { sentences: key.sentences };
    case 'two-part':
      return { option: shown(key.answer), sentences: key.sentences };
    case 'order':
      return { order: key.order.map(shown) };
    case 'several':
      return { options: key.answers.map(shown) };
  }
}
