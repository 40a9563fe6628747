import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { answers, articles, assignments, attempts, classes, questions, quizzes, students, type AnswerRow, type AttemptRow, type QuestionRow } from '../schema';

/*
 * The rows a teacher's results are made from. Which attempt counts, and which answers are held back, is decided by
 * the use cases that read them (lib/server/assignment-results.ts, assignment-export.ts).
 */

/**
 * An assignment of a class the teacher owns, with what its results need to know and its settings (`settings`, which
 * the results page shows above them); null for anyone else's.
 */
export async function getOwnedAssignment({ assignmentId, teacherId }: { assignmentId: string; teacherId: string }) {
  const db = await readyDb();
  const [a] = await db
    .select({ id: assignments.id, classId: assignments.classId, className: classes.name, quizId: assignments.quizId, articleId: quizzes.articleId, articleTitle: articles.title, confidenceMarks: assignments.confidenceMarks, settings: assignments })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    .where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, teacherId)));
  return a ?? null;
}

/** The students on a class's roster now (removed ones are not). */
export async function listRoster({ classId }: { classId: string }): Promise<{ id: string; nickname: string }[]> {
  const db = await readyDb();
  return db.select({ id: students.id, nickname: students.nickname }).from(students).where(and(eq(students.classId, classId), isNull(students.removedAt)));
}

/** Every attempt made at an assignment, submitted or not. */
export async function listAssignmentAttempts({ assignmentId }: { assignmentId: string }): Promise<AttemptRow[]> {
  const db = await readyDb();
  return db.select().from(attempts).where(eq(attempts.assignmentId, assignmentId));
}

/** What the live results read of each attempt at an assignment (not its plan or draft: a poll reads them all). */
export type AttemptScore = Pick<AttemptRow, 'id' | 'studentId' | 'submittedAt' | 'score' | 'maxScore' | 'durationMs' | 'weightedScore'>;

/** Every attempt made at an assignment, submitted or not, with its score only. */
export async function listAttemptScores({ assignmentId }: { assignmentId: string }): Promise<AttemptScore[]> {
  const db = await readyDb();
  return db
    .select({ id: attempts.id, studentId: attempts.studentId, submittedAt: attempts.submittedAt, score: attempts.score, maxScore: attempts.maxScore, durationMs: attempts.durationMs, weightedScore: attempts.weightedScore })
    .from(attempts)
    .where(eq(attempts.assignmentId, assignmentId));
}

/** The submitted attempts of an assignment by students still on the roster, by nickname then submit time. */
export async function listSubmittedAttempts({ assignmentId }: { assignmentId: string }): Promise<{ attempt: AttemptRow; nickname: string }[]> {
  const db = await readyDb();
  return db
    .select({ attempt: attempts, nickname: students.nickname })
    .from(attempts)
    .innerJoin(students, eq(students.id, attempts.studentId))
    .where(and(eq(attempts.assignmentId, assignmentId), isNotNull(attempts.submittedAt), isNull(students.removedAt)))
    .orderBy(asc(students.nickname), asc(attempts.submittedAt));
}

/** The answers given in these attempts. */
export async function listAnswers({ attemptIds }: { attemptIds: string[] }): Promise<AnswerRow[]> {
  if (attemptIds.length === 0) return [];
  const db = await readyDb();
  return db.select().from(answers).where(inArray(answers.attemptId, attemptIds));
}

/** The responses given in these attempts: what the item analysis of the live results reads of each answer. */
export async function listResponses({ attemptIds }: { attemptIds: string[] }): Promise<Pick<AnswerRow, 'questionId' | 'correct' | 'response' | 'chosen'>[]> {
  if (attemptIds.length === 0) return [];
  const db = await readyDb();
  return db.select({ questionId: answers.questionId, correct: answers.correct, response: answers.response, chosen: answers.chosen }).from(answers).where(inArray(answers.attemptId, attemptIds));
}

/** A quiz's question bank in its fixed order, answer keys included (server only). */
export async function listBank({ quizId }: { quizId: string }): Promise<QuestionRow[]> {
  const db = await readyDb();
  return db.select().from(questions).where(eq(questions.quizId, quizId)).orderBy(asc(questions.position));
}

/** The sentences of a quiz's article as its analysis split them (what evidence answers point at); [] if none. */
export async function getQuizSentences({ quizId }: { quizId: string }): Promise<{ text: string }[]> {
  const db = await readyDb();
  const [row] = await db.select({ sentences: sql<{ text: string }[] | null>`${quizzes.analysis}->'sentences'` }).from(quizzes).where(eq(quizzes.id, quizId));
  return row?.sentences ?? [];
}

/** Whether a teacher may see an attempt: it belongs to an assignment of one of their classes. */
export async function teacherOwnsAttempt({ attemptId, teacherId }: { attemptId: string; teacherId: string }): Promise<boolean> {
  const db = await readyDb();
  const [row] = await db
    .select({ id: attempts.id })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(attempts.id, attemptId), eq(classes.teacherId, teacherId)));
  return !!row;
}
