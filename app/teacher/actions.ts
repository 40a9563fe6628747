'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/player';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass, regenerateJoinCode, updateClass } from '@/lib/db/queries/classes';
import { removeStudent, resetStudentAccess } from '@/lib/db/queries/students';
import { assignmentSchema, classNameSchema, idSchema } from '@/lib/validation/classes';

export type FormState = { error?: string; fields?: Record<string, string>; ok?: string };

const NOT_YOURS = 'That class is not one of yours, or it no longer exists.';

async function teacher() {
  const user = await getSessionUser();
  if (!user) redirect('/signin?next=/teacher');
  return user;
}

/** Creates a class and opens it. */
export async function createClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await teacher();
  const name = classNameSchema.safeParse(form.get('name'));
  if (!name.success) return { fields: { name: name.error.issues[0].message } };
  const cls = await createClass({ teacherId: user.id, name: name.data });
  redirect(`/teacher/classes/${cls.id}`);
}

/** Renames a class. */
export async function renameClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await teacher();
  const id = idSchema.safeParse(form.get('classId'));
  const name = classNameSchema.safeParse(form.get('name'));
  if (!id.success) return { error: NOT_YOURS };
  if (!name.success) return { fields: { name: name.error.issues[0].message } };
  if (!(await updateClass({ id: id.data, teacherId: user.id, name: name.data }))) return { error: NOT_YOURS };
  revalidatePath(`/teacher/classes/${id.data}`);
  return { ok: 'Saved.' };
}

/** Archives (or restores) a class: an archived class's code stops working. */
export async function archiveClassAction(form: FormData): Promise<void> {
  const user = await teacher();
  const id = idSchema.safeParse(form.get('classId'));
  if (!id.success) return;
  await updateClass({ id: id.data, teacherId: user.id, archived: form.get('archived') === 'true' });
  revalidatePath(`/teacher/classes/${id.data}`);
  revalidatePath('/teacher');
}

/** Gives the class a new join code. */
export async function regenerateCodeAction(form: FormData): Promise<void> {
  const user = await teacher();
  const id = idSchema.safeParse(form.get('classId'));
  if (!id.success) return;
  await regenerateJoinCode({ id: id.data, teacherId: user.id });
  revalidatePath(`/teacher/classes/${id.data}`);
}

/** Removes a student from the roster. */
export async function removeStudentAction(form: FormData): Promise<void> {
  const user = await teacher();
  const id = idSchema.safeParse(form.get('studentId'));
  const classId = idSchema.safeParse(form.get('classId'));
  if (!id.success || !classId.success) return;
  await removeStudent({ studentId: id.data, teacherId: user.id });
  revalidatePath(`/teacher/classes/${classId.data}`);
}

/** Gives a student a new personal code (their other sessions end). */
export async function resetStudentAction(form: FormData): Promise<void> {
  const user = await teacher();
  const id = idSchema.safeParse(form.get('studentId'));
  const classId = idSchema.safeParse(form.get('classId'));
  if (!id.success || !classId.success) return;
  await resetStudentAccess({ studentId: id.data, teacherId: user.id });
  revalidatePath(`/teacher/classes/${classId.data}`);
}

/** Sets an article's quiz for a class. */
export async function createAssignmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await teacher();
  const parsed = assignmentSchema.safeParse({
    classId: form.get('classId'),
    articleSlug: form.get('articleSlug'),
    questionCount: form.get('questionCount'),
    skills: form.getAll('skills'),
    opensAt: form.get('opensAt'),
    closesAt: form.get('closesAt'),
    attemptsAllowed: form.get('attemptsAllowed'),
    revealAnswers: form.get('revealAnswers'),
    showLeaderboard: form.get('showLeaderboard') === 'on',
    note: form.get('note') ?? '',
  });
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const i of parsed.error.issues) fields[String(i.path[0])] ??= i.message;
    return { fields };
  }
  const created = await createAssignment({ ...parsed.data, teacherId: user.id });
  if (!created) return { error: 'That class or article is not available. Archived classes cannot get new assignments.' };
  revalidatePath(`/teacher/classes/${parsed.data.classId}`);
  redirect(`/teacher/assignments/${created.id}`);
}
