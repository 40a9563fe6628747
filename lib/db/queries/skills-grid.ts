import { sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { rowsOf } from '../rows';
import type { Skill } from '../schema';
import { heldSkills } from './skills';

/** A student's right of answered in one skill at one assignment: the grid and the trend are both sums of these. */
export type GridTallyRow = { assignmentId: string; studentId: string; skill: Skill; answered: number; right: number };

/**
 * Every answer of a class's submitted assignment attempts, counted per assignment, student and skill, in one
 * statement (the page sums them into cells, the average and the trend). Removed students are dropped by the caller
 * (against the roster). Empty when the class is not the teacher's.
 */
export async function listClassSkillTallies(args: { classId: string; teacherId: string }): Promise<GridTallyRow[]> {
  const db = await readyDb();
  return rowsOf<GridTallyRow>(await db.execute(classSkillTalliesSql(args)));
}

/**
 * The statement of `listClassSkillTallies` (the benchmark times it on the server with EXPLAIN ANALYZE). The answers
 * are gathered first (materialized: the planner otherwise joined every question of a quiz to every attempt before
 * reading its answers), then given their skill by the questions' primary key.
 */
export function classSkillTalliesSql({ classId, teacherId }: { classId: string; teacherId: string }) {
  return sql`with ${heldSkills(teacherId)},
    given as materialized (
      select a.id as assignment_id, t.student_id, t.quiz_id, qz.article_id, an.question_id, an.correct
      from classes c
      join assignments a on a.class_id = c.id
      join quizzes qz on qz.id = a.quiz_id
      join attempts t on t.assignment_id = a.id and t.submitted_at is not null
      join answers an on an.attempt_id = t.id
      where c.id = ${classId} and c.teacher_id = ${teacherId}
    )
    select g.assignment_id as "assignmentId", g.student_id as "studentId", q.skill,
      count(*)::int as "answered", (count(*) filter (where g.correct))::int as "right"
    from given g
    join questions q on q.quiz_id = g.quiz_id and q.id = g.question_id
    where not exists (select 1 from held h where h.article_id = g.article_id and h.skill = q.skill)
    group by g.assignment_id, g.student_id, q.skill`;
}

/** A class's assignments, oldest first, with their article's title (the columns of the trend). */
export type ClassAssignmentRow = { id: string; articleTitle: string; opensAt: string };

/** A class's assignments in the order they opened; empty when the class is not the teacher's. */
export async function listClassAssignmentOrder({ classId, teacherId }: { classId: string; teacherId: string }): Promise<ClassAssignmentRow[]> {
  const db = await readyDb();
  return rowsOf<ClassAssignmentRow>(await db.execute(sql`
    select a.id, ar.title as "articleTitle", to_char(a.opens_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "opensAt"
    from assignments a
    join classes c on c.id = a.class_id and c.teacher_id = ${teacherId}
    join quizzes qz on qz.id = a.quiz_id
    join articles ar on ar.id = qz.article_id
    where a.class_id = ${classId}
    order by a.opens_at, a.id`));
}
