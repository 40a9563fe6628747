import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import { readableCode } from '../codes';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { classes, students, type ClassRow, type StudentRow } from '../schema';

/** Tries a few random join codes: a clash with an existing class is rare but possible. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await write(readableCode(6));
    } catch (err) {
      if (i >= 4 || !String((err as Error).message + (err as { cause?: Error }).cause?.message).includes('join_code')) throw err;
    }
  }
}

/** Creates a class for a teacher with a new join code. */
export async function createClass({ teacherId, name }: { teacherId: string; name: string }): Promise<ClassRow> {
  const db = await readyDb();
  return withFreshCode(async (joinCode) => {
    const [row] = await db.insert(classes).values({ id: randomId(), teacherId, name, joinCode }).returning();
    return row;
  });
}

export type ClassSummary = ClassRow & { studentCount: number };

/** A teacher's classes, active first, with how many students each has. */
export async function listClasses({ teacherId }: { teacherId: string }): Promise<ClassSummary[]> {
  const db = await readyDb();
  const rows = await db
    .select({ cls: classes, studentCount: count(students.id) })
    .from(classes)
    .leftJoin(students, and(eq(students.classId, classes.id), isNull(students.removedAt)))
    .where(eq(classes.teacherId, teacherId))
    .groupBy(classes.id)
    .orderBy(asc(classes.archivedAt), desc(classes.createdAt));
  return rows.map((r) => ({ ...r.cls, studentCount: r.studentCount }));
}

/** One class, only if this teacher owns it (null otherwise, so another teacher's class looks like no class). */
export async function getClass({ id, teacherId }: { id: string; teacherId: string }): Promise<ClassRow | null> {
  const db = await readyDb();
  const [row] = await db.select().from(classes).where(and(eq(classes.id, id), eq(classes.teacherId, teacherId)));
  return row ?? null;
}

/** Renames, archives or restores a class; returns null when it is not this teacher's. */
export async function updateClass(input: { id: string; teacherId: string; name?: string; archived?: boolean }): Promise<ClassRow | null> {
  const db = await readyDb();
  const set: Partial<ClassRow> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.archived !== undefined) set.archivedAt = input.archived ? new Date() : null;
  const [row] = await db.update(classes).set(set).where(and(eq(classes.id, input.id), eq(classes.teacherId, input.teacherId))).returning();
  return row ?? null;
}

/** Gives a class a new join code (the old one stops working at once). */
export async function regenerateJoinCode({ id, teacherId }: { id: string; teacherId: string }): Promise<ClassRow | null> {
  const db = await readyDb();
  return withFreshCode(async (joinCode) => {
    const [row] = await db.update(classes).set({ joinCode }).where(and(eq(classes.id, id), eq(classes.teacherId, teacherId))).returning();
    return row ?? null;
  });
}

/** The roster of a class the teacher owns, by nickname; null when it is not theirs. */
export async function listStudents({ classId, teacherId }: { classId: string; teacherId: string }): Promise<StudentRow[] | null> {
  if (!(await getClass({ id: classId, teacherId }))) return null;
  const db = await readyDb();
  return db.select().from(students).where(and(eq(students.classId, classId), isNull(students.removedAt))).orderBy(asc(students.nickname));
}
