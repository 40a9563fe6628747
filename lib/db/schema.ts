import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
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
// Types only: the shapes stored in jsonb (and the skill names in text columns) are the core's, so rows come back
// typed without casts. Nothing of the core runs here.
import type { Analysis } from '../analysis/types';
import type { Article } from '../article/types';
import type { Confidence } from '../quiz/confidence';
import type { AnswerKey, PlayerResponse } from '../quiz/grade';
import type { ShownAnswer } from '../quiz/sheet';
import type { QuestionKind, Skill } from '../quiz/types';

/** The core's stored shapes, re-exported so that the queries name them through the schema, never the core. */
export type { AnswerKey, PlayerResponse, QuestionKind, Skill };

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
  /** The teacher who pasted it; null for the public articles that ship with the app. */
  ownerId: text('owner_id').references(() => users.id, { onDelete: 'cascade' }),
  /** A teacher's article is a draft (previewed and edited) until it is published. */
  publishedAt: timestamp('published_at', { withTimezone: true }),
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
    parsed: jsonb('parsed').$type<Article>().notNull(),
    analysis: jsonb('analysis').$type<Analysis>().notNull(),
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
    skill: text('skill').$type<Skill>().notNull(),
    prompt: text('prompt').notNull(),
    options: jsonb('options').$type<string[]>().notNull(),
    correctOption: integer('correct_option').notNull(),
    /**
     * The answer key of a question that is not single choice (several options, an order, sentences), or one worth
     * more than a point; null for single choice worth 1 (`correct_option` of `options`), every question so far.
     */
    key: jsonb('key').$type<AnswerKey>(),
    /** Two-part items: the prompt of part B (the sentence that supports part A); null for every other question. */
    partBPrompt: text('part_b_prompt'),
    evidence: jsonb('evidence').$type<number[]>().notNull(),
    explanation: text('explanation').notNull(),
    difficulty: integer('difficulty').$type<1 | 2 | 3>().notNull(),
    /** Written by the teacher rather than generated. */
    custom: boolean('custom').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.id] })],
);
export type QuestionRow = typeof questions.$inferSelect;

/** Accounts for signed-in players (Auth.js credentials with JWT sessions; each live session is a `user_sessions` row). */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Bumped when the password changes: sessions issued before no longer count. */
  tokenVersion: integer('token_version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type UserRow = typeof users.$inferSelect;

/**
 * The live sessions of each account. The JWT cookie carries the row's id (`sid`); signing out deletes the row, so a
 * copy of the cookie dies with it. `expires_at` follows the cookie's rolling 30 days (moved on at most daily).
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('user_sessions_user').on(t.userId), index('user_sessions_expires').on(t.expiresAt)],
);
export type UserSessionRow = typeof userSessions.$inferSelect;

/** The questions a player was dealt, in shown order, with each question's option order. */
export type AttemptPlan = { questionId: string; order: number[] }[];
/**
 * What the player has chosen so far in an open attempt (shown indices, as the submit takes them), saved as they
 * answer so a reload or another device finds it; any answer may be partial. Cleared when the attempt is submitted.
 */
export type AttemptDraft = { answers: Record<string, ShownAnswer>; confidence: Record<string, Confidence> };

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
    /** Set when a class member plays an assignment; such attempts stay off the public leaderboard. */
    studentId: text('student_id').references(() => students.id, { onDelete: 'cascade' }),
    assignmentId: text('assignment_id').references(() => assignments.id, { onDelete: 'cascade' }),
    nickname: text('nickname').notNull(),
    plan: jsonb('plan').$type<AttemptPlan>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    score: integer('score'),
    maxScore: integer('max_score').notNull(),
    durationMs: integer('duration_ms'),
    idempotencyKey: text('idempotency_key').unique(),
    /** Confidence-weighted marks (lib/quiz/confidence.ts), out of 3 × `max_score`; null before it was kept. */
    weightedScore: integer('weighted_score'),
    /** When a teacher's fix to a question (its key, or its removal) last changed this submitted attempt's result. */
    regradedAt: timestamp('regraded_at', { withTimezone: true }),
    /** The answers saved so far while the attempt is open (see AttemptDraft); null before the first save. */
    draft: jsonb('draft').$type<AttemptDraft>(),
    /**
     * A teacher's "preview as a student" of this assignment (the attempt is the teacher's own, `assignment_id` null):
     * never on a board, in results, in a skills count, nor a first play.
     */
    previewOf: text('preview_of').references((): AnyPgColumn => assignments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('attempts_has_player', sql`${t.userId} is not null or ${t.guestId} is not null or ${t.studentId} is not null`),
    index('attempts_assignment').on(t.assignmentId, t.studentId),
    index('attempts_leaderboard').on(t.quizId, t.score, t.submittedAt),
    // "Resume my unfinished attempt" when a player starts a quiz: without these it read every attempt of the quiz
    // (figures: bench/results/history-from-code-comments.md). Not partial (`where submitted_at is null`): with statistics taken before a burst
    // of new attempts, the planner chose such an index for the submit's own update and scanned all of it.
    index('attempts_user').on(t.userId, t.quizId),
    index('attempts_guest').on(t.guestId, t.quizId),
    // A class member's skills page reads their own submitted attempts, newest first.
    index('attempts_student').on(t.studentId, t.submittedAt),
  ],
);
export type AttemptRow = typeof attempts.$inferSelect;

/** What a player answered to each question of a submitted attempt, as lib/quiz/grade.ts graded it. */
export const answers = pgTable(
  'answers',
  {
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    /** The canonical option chosen, for a single-choice question; null for other kinds (see `response`). */
    chosen: integer('chosen'),
    /** Fully right. */
    correct: boolean('correct').notNull(),
    /** The response as graded (any kind); null on answers stored before it was kept (single choice: `chosen`). */
    response: jsonb('response').$type<PlayerResponse>(),
    /** The points it earned; null on answers stored before it was kept (1 when `correct`, else 0). */
    points: integer('points'),
    /** How sure the player said they were; null when they did not say. */
    confidence: text('confidence', { enum: ['sure', 'fairly', 'guess'] }).$type<Confidence>(),
    /** Confidence-weighted marks of this answer (may be below zero); null on answers stored before they were kept. */
    weightedPoints: integer('weighted_points'),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] })],
);
export type AnswerRow = typeof answers.$inferSelect;

/** A teacher's class. Students join with the short join code; an archived class accepts no one. */
export const classes = pgTable('classes', {
  id: text('id').primaryKey(),
  teacherId: text('teacher_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  joinCode: text('join_code').notNull().unique(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ClassRow = typeof classes.$inferSelect;

/** A student in one class: a nickname only, plus a personal code to get back in on another device. */
export const students = pgTable(
  'students',
  {
    id: text('id').primaryKey(),
    classId: text('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    nickname: text('nickname').notNull(),
    accessCode: text('access_code').notNull(),
    /** Bumped when the teacher resets access, so sessions issued before no longer count. */
    sessionVersion: integer('session_version').notNull().default(1),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('students_class_nickname').on(t.classId, t.nickname).where(sql`removed_at is null`), uniqueIndex('students_access_code').on(t.accessCode)],
);
export type StudentRow = typeof students.$inferSelect;

/**
 * One device a student is in on: the student cookie carries the row's id, and leaving the class on that device
 * deletes the row (the student's other devices keep theirs).
 */
export const studentSessions = pgTable(
  'student_sessions',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('student_sessions_student').on(t.studentId), index('student_sessions_expires').on(t.expiresAt)],
);
export type StudentSessionRow = typeof studentSessions.$inferSelect;

/** A quiz set for a class, with its window, attempt limit and what students may see. */
export const assignments = pgTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    classId: text('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    questionCount: integer('question_count').notNull().default(10),
    skills: jsonb('skills').$type<Skill[]>().notNull(),
    /** The kinds of question it deals; null (every assignment set before kinds existed) deals every kind. */
    kinds: jsonb('kinds').$type<QuestionKind[]>(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    attemptsAllowed: integer('attempts_allowed').notNull().default(1),
    revealAnswers: text('reveal_answers', { enum: ['after-submit', 'after-close'] }).notNull().default('after-submit'),
    showLeaderboard: boolean('show_leaderboard').notNull().default(true),
    /** Marks weighted by confidence (right 1/2/3, wrong 0/-2/-6) are this assignment's marks beside the plain score. */
    confidenceMarks: boolean('confidence_marks').notNull().default(false),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The skills grid reads a class's assignments in order.
    index('assignments_class').on(t.classId, t.opensAt),
    check('assignments_window', sql`${t.closesAt} > ${t.opensAt}`), check('assignments_attempts', sql`${t.attemptsAllowed} between 1 and 10`),
  ],
);
export type AssignmentRow = typeof assignments.$inferSelect;

/**
 * Failed sign-ins and join-code guesses, one row per failure, per key (an address or an account): a sliding log,
 * so "10 failures within any 60 s" is counted exactly whatever the clock says. Kept in the database so that every
 * server instance sees the same failures; each new failure prunes its key's expired rows, so a key holds about
 * `limit` rows at most.
 */
export const rateLimitFailures = pgTable(
  'rate_limit_failures',
  {
    // Only a row identity: two failures of one key can share a millisecond (concurrent tries).
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    key: text('key').notNull(),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
  },
  // The check reads a key's newest failures and the prune deletes its oldest: both are ranges of this index.
  (t) => [index('rate_limit_failures_key_time').on(t.key, t.failedAt)],
);
export type RateLimitFailureRow = typeof rateLimitFailures.$inferSelect;

/**
 * Each player's ranked public attempt per article: the leaderboard, filed by the submit transaction (lib/server/submit-attempt.ts; their
 * first play of the article, if it took long enough to read the questions; never replaced, see
 * lib/leaderboard-policy.ts). The top of the board is an index range scan and a player's rank
 * is an index-backed count of the rows ahead of theirs, so neither grows with the number of attempts, only with
 * the number of players. Class attempts never enter it.
 */
export const leaderboardEntries = pgTable(
  'leaderboard_entries',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** `u:<user id>` for an account, `g:<guest id>` for a guest browser. */
    playerKey: text('player_key').notNull(),
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    nickname: text('nickname').notNull(),
    score: integer('score').notNull(),
    maxScore: integer('max_score').notNull(),
    durationMs: integer('duration_ms').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** The attempt's confidence-weighted marks (the second tab); null on rows filed before they were kept. */
    weightedScore: integer('weighted_score'),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.playerKey] }),
    index('leaderboard_entries_rank').on(t.articleId, t.score.desc(), t.submittedAt, t.attemptId),
    // The confidence tab: the same range scan, over the rows that have weighted marks.
    index('leaderboard_entries_weighted').on(t.articleId, t.weightedScore.desc(), t.submittedAt, t.attemptId).where(sql`${t.weightedScore} is not null`),
    // Deleting attempts (an account, an article) checks this table for each one.
    index('leaderboard_entries_attempt').on(t.attemptId),
  ],
);
export type LeaderboardEntryRow = typeof leaderboardEntries.$inferSelect;
