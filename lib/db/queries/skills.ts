import { sql, type SQL } from 'drizzle-orm';
import { readyDb } from '../ready';
import { rowsOf } from '../rows';
import type { Skill } from '../schema';

/*
 * Skill mastery, counted in SQL from stored answers: each answer counts toward its question's skill. One statement
 * per figure a page shows, whatever the number of students (no loop of queries per student). The indexes they walk:
 * assignments_class (a class's assignments in order), attempts_assignment, attempts_student / attempts_user /
 * attempts_guest (a player's attempts), the answers' and questions' primary keys.
 */

/** Whose attempts a skills page reads: a class member's, else a signed-in account's, else a guest browser's. */
export type SkillOwner = { studentId: string } | { userId: string } | { guestId: string };

/**
 * The (article, skill) pairs held back right now, as a CTE named `held`: answers in them are left out of every
 * count (a share per skill would give their verdicts away). `viewerUserId`: a teacher sees their own classes'.
 */
export const heldSkills = (viewerUserId: string | null) => sql`held as (
  select distinct hq.article_id, hs.skill
  from assignments ha
  join quizzes hq on hq.id = ha.quiz_id
  join classes hc on hc.id = ha.class_id
  cross join lateral jsonb_array_elements_text(ha.skills) as hs(skill)
  where ha.reveal_answers = 'after-close' and ha.closes_at > now()
    ${viewerUserId ? sql`and hc.teacher_id <> ${viewerUserId}` : sql``}
)`;

const notHeld = sql`not exists (select 1 from held h where h.article_id = qz.article_id and h.skill = q.skill)`;

function ownerWhere(owner: SkillOwner): SQL {
  if ('studentId' in owner) return sql`t.student_id = ${owner.studentId}`;
  if ('userId' in owner) return sql`t.user_id = ${owner.userId} and t.student_id is null and t.preview_of is null`;
  return sql`t.guest_id = ${owner.guestId} and t.user_id is null and t.student_id is null`;
}

/**
 * A player's recent attempts whose answers they may see: submitted, and not in an assignment that shows its answers
 * only after it closes and is still open. At most `recent`, newest first.
 */
const recentAttempts = (owner: SkillOwner, recent: number) => sql`recent as (
  select t.id, t.quiz_id, t.submitted_at from attempts t
  left join assignments a on a.id = t.assignment_id
  where ${ownerWhere(owner)} and t.submitted_at is not null
    and (a.id is null or a.reveal_answers = 'after-submit' or a.closes_at <= now())
  order by t.submitted_at desc, t.id desc limit ${recent}
)`;

/** One skill of a player: right of answered overall, on the newest attempt that asked it, and per confidence. */
export type PlayerSkillRow = {
  skill: Skill;
  answered: number;
  right: number;
  latestAnswered: number;
  latestRight: number;
  sureAnswered: number; sureRight: number;
  fairlyAnswered: number; fairlyRight: number;
  guessAnswered: number; guessRight: number;
};

/** Per skill, a player's answers over their last `recent` attempts (see `recentAttempts`). */
export async function listPlayerSkills({ owner, recent, viewerUserId = null }: { owner: SkillOwner; recent: number; viewerUserId?: string | null }): Promise<PlayerSkillRow[]> {
  const db = await readyDb();
  const result = await db.execute(sql`with ${heldSkills(viewerUserId)}, ${recentAttempts(owner, recent)},
    given as (
      select q.skill, an.correct, an.confidence,
        dense_rank() over (partition by q.skill order by r.submitted_at desc, r.id desc) as nth
      from recent r
      join quizzes qz on qz.id = r.quiz_id
      join answers an on an.attempt_id = r.id
      join questions q on q.quiz_id = r.quiz_id and q.id = an.question_id
      where ${notHeld}
    )
    select skill,
      count(*)::int as "answered", (count(*) filter (where correct))::int as "right",
      (count(*) filter (where nth = 1))::int as "latestAnswered", (count(*) filter (where nth = 1 and correct))::int as "latestRight",
      (count(*) filter (where confidence = 'sure'))::int as "sureAnswered", (count(*) filter (where confidence = 'sure' and correct))::int as "sureRight",
      (count(*) filter (where confidence = 'fairly'))::int as "fairlyAnswered", (count(*) filter (where confidence = 'fairly' and correct))::int as "fairlyRight",
      (count(*) filter (where confidence = 'guess'))::int as "guessAnswered", (count(*) filter (where confidence = 'guess' and correct))::int as "guessRight"
    from given group by skill order by skill`);
  return rowsOf<PlayerSkillRow>(result);
}

/** A question the player got wrong, newest first, with the attempt whose result page shows its evidence. */
export type MissedRow = { attemptId: string; questionId: string; skill: Skill; prompt: string; articleTitle: string };

/** The questions a player missed over their last `recent` attempts (at most `limit`). */
export async function listPlayerMisses({ owner, recent, limit, viewerUserId = null }: { owner: SkillOwner; recent: number; limit: number; viewerUserId?: string | null }): Promise<MissedRow[]> {
  const db = await readyDb();
  const result = await db.execute(sql`with ${heldSkills(viewerUserId)}, ${recentAttempts(owner, recent)}
    select r.id as "attemptId", q.id as "questionId", q.skill, q.prompt, ar.title as "articleTitle"
    from recent r
    join quizzes qz on qz.id = r.quiz_id
    join articles ar on ar.id = qz.article_id
    join answers an on an.attempt_id = r.id and not an.correct
    join questions q on q.quiz_id = r.quiz_id and q.id = an.question_id
    where ${notHeld}
    order by r.submitted_at desc, q.position limit ${limit}`);
  return rowsOf<MissedRow>(result);
}
