import { sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { rowsOf } from '../rows';
import { articles, assignments, classes, students } from '../schema';

export type TeacherProgress = { classes: number; ownArticles: number; assignments: number; students: number };

/**
 * What a teacher has done so far, counted from their rows in one statement: the first-run checklist on Teach ticks
 * its steps from these (a class, an article of their own, an assignment, a student who joined with the code).
 */
export async function getTeacherProgress({ teacherId }: { teacherId: string }): Promise<TeacherProgress> {
  const db = await readyDb();
  const theirClasses = sql`(select ${classes.id} from ${classes} where ${classes.teacherId} = ${teacherId})`;
  const [row] = rowsOf<Record<'classes' | 'own_articles' | 'assignments' | 'students', number | string>>(await db.execute(sql`
    select
      (select count(*) from ${classes} where ${classes.teacherId} = ${teacherId}) as classes,
      (select count(*) from ${articles} where ${articles.ownerId} = ${teacherId}) as own_articles,
      (select count(*) from ${assignments} where ${assignments.classId} in ${theirClasses}) as assignments,
      (select count(*) from ${students} where ${students.classId} in ${theirClasses}) as students
  `));
  return { classes: Number(row.classes), ownArticles: Number(row.own_articles), assignments: Number(row.assignments), students: Number(row.students) };
}
