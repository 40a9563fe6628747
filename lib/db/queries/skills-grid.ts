import { sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { rowsOf } from '../rows';
import type { Skill } from '../../quiz/types';
import { notHeldBack } from './skills';

/** One cell of a class's skills grid: a student's right of answered in one skill. */
export type GridCellRow = { studentId: string; skill: Skill; answered: number; right: number };

/**
 * Every cell of a class's skills grid in one statement: per student on the roster and skill, the answers of their
 * submitted attempts at the class's `recent` newest assignments. Empty when the class is not the teacher's.
 */
export async function listClassSkillCells({ classId, teacherId, recent }: { classId: string; teacherId: string; recent: number }): Promise<GridCellRow[]> {
  const db = await readyDb();
  const result = await db.execute(sql`with recent as (
      select a.id from assignments a join classes c on c.id = a.class_id
      where a.class_id = ${classId} and c.teacher_id = ${teacherId}
      order by a.opens_at desc, a.id desc limit ${recent}
    )
    select t.student_id as "studentId", q.skill, count(*)::int as "answered", (count(*) filter (where an.correct))::int as "right"
    from recent r
    join attempts t on t.assignment_id = r.id and t.submitted_at is not null
    join students s on s.id = t.student_id and s.removed_at is null
    join quizzes qz on qz.id = t.quiz_id
    join answers an on an.attempt_id = t.id
    join questions q on q.quiz_id = t.quiz_id and q.id = an.question_id
    where ${notHeldBack(teacherId)}
    group by t.student_id, q.skill`);
  return rowsOf<GridCellRow>(result);
}

/** The class's share right per assignment and skill, oldest assignment first: the trend. */
export type TrendRow = { assignmentId: string; articleTitle: string; opensAt: string; skill: Skill; answered: number; right: number };

/** Per assignment of the class (oldest first) and skill, the class's right of answered. Empty when not the teacher's. */
export async function listClassSkillTrend({ classId, teacherId }: { classId: string; teacherId: string }): Promise<TrendRow[]> {
  const db = await readyDb();
  const result = await db.execute(sql`select a.id as "assignmentId", ar.title as "articleTitle", to_char(a.opens_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "opensAt",
      q.skill, count(*)::int as "answered", (count(*) filter (where an.correct))::int as "right"
    from assignments a
    join classes c on c.id = a.class_id and c.teacher_id = ${teacherId}
    join quizzes qz on qz.id = a.quiz_id
    join articles ar on ar.id = qz.article_id
    join attempts t on t.assignment_id = a.id and t.submitted_at is not null
    join students s on s.id = t.student_id and s.removed_at is null
    join answers an on an.attempt_id = t.id
    join questions q on q.quiz_id = t.quiz_id and q.id = an.question_id
    where a.class_id = ${classId} and ${notHeldBack(teacherId)}
    group by a.id, ar.title, a.opens_at, q.skill
    order by a.opens_at, a.id, q.skill`);
  return rowsOf<TrendRow>(result);
}
