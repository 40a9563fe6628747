import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** A published article, stored exactly as given (errors included: the quiz asks about them). */
export const articles = pgTable('articles', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  date: date('date', { mode: 'string' }),
  source: text('source'),
  url: text('url'),
  body: text('body').notNull(),
  /** Seeded articles sort first on the home page. */
  featured: boolean('featured').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ArticleRow = typeof articles.$inferSelect;
export type NewArticleRow = typeof articles.$inferInsert;

/**
 * The question bank built from one revision of an article by one generator version. The parsed article and its
 * analysis are kept here so pages render without re-running the analysis.
 */
export const quizzes = pgTable(
  'quizzes',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    revision: text('revision').notNull(),
    generatorVersion: integer('generator_version').notNull(),
    parsed: jsonb('parsed').notNull(),
    analysis: jsonb('analysis').notNull(),
    questionCount: integer('question_count').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('quizzes_article_revision_version').on(t.articleId, t.revision, t.generatorVersion)],
);
export type QuizRow = typeof quizzes.$inferSelect;

/** Questions with their answer keys: the key lives only in this table and never goes to a browser unasked. */
export const questions = pgTable(
  'questions',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    skill: text('skill').notNull(),
    prompt: text('prompt').notNull(),
    options: jsonb('options').$type<string[]>().notNull(),
    correctOption: integer('correct_option').notNull(),
    evidence: jsonb('evidence').$type<number[]>().notNull(),
    explanation: text('explanation').notNull(),
    difficulty: integer('difficulty').notNull(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.id] })],
);
export type QuestionRow = typeof questions.$inferSelect;

/** Accounts for signed-in players (Auth.js credentials with JWT sessions, so no session table is needed). */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type UserRow = typeof users.$inferSelect;

/** The questions a player was dealt, in shown order, with each question's option order. */
export type AttemptPlan = { questionId: string; order: number[] }[];

/** One play of a quiz: started on the server, submitted once, graded on the server. */
export const attempts = pgTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    guestId: text('guest_id'),
    nickname: text('nickname').notNull(),
    plan: jsonb('plan').$type<AttemptPlan>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    score: integer('score'),
    maxScore: integer('max_score').notNull(),
    durationMs: integer('duration_ms'),
    idempotencyKey: text('idempotency_key').unique(),
  },
  (t) => [
    check('attempts_has_player', sql`${t.userId} is not null or ${t.guestId} is not null`),
    index('attempts_leaderboard').on(t.quizId, t.score, t.submittedAt),
  ],
);
export type AttemptRow = typeof attempts.$inferSelect;

/** The option a player chose for each question of a submitted attempt (canonical option index). */
export const answers = pgTable(
  'answers',
  {
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    chosen: integer('chosen').notNull(),
    correct: boolean('correct').notNull(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] })],
);
export type AnswerRow = typeof answers.$inferSelect;
