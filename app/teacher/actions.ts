'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { CHECKLIST_COOKIE } from '@/lib/first-run';
import { cookieOptions } from '@/lib/auth/signed-cookie';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass, regenerateJoinCode, updateClass } from '@/lib/db/queries/classes';
import { removeStudent, resetStudentAccess } from '@/lib/db/queries/students';
import { formSchema, teacher, validatedAction, validatedFormAction, type FieldErrors } from '@/lib/server/action';
import { closeAssignment, deleteAssignment, editAssignment } from '@/lib/server/manage-assignment';
import { previewAssignment } from '@/lib/server/preview-assignment';
import { assignmentEditSchema, assignmentSchema, classNameSchema, idSchema } from '@/lib/validation/classes';

export type FormState = { error?: string; fields?: Record<string, string>; ok?: string };

const NOT_YOURS = 'That class is not one of yours, or it no longer exists.';
const fieldsOnly = (fields: FieldErrors): FormState => ({ fields });

const classForm = formSchema((f) => ({ name: f.get('name') }), z.object({ name: classNameSchema }));
const renameForm = formSchema((f) => ({ classId: f.get('classId'), name: f.get('name') }), z.object({ classId: idSchema, name: classNameSchema }));
const archiveForm = formSchema((f) => ({ classId: f.get('classId'), archived: f.get('archived') === 'true' }), z.object({ classId: idSchema, archived: z.boolean() }));
const classIdForm = formSchema((f) => ({ classId: f.get('classId') }), z.object({ classId: idSchema }));
const studentForm = formSchema((f) => ({ studentId: f.get('studentId'), classId: f.get('classId') }), z.object({ studentId: idSchema, classId: idSchema }));
/** The settings every assignment form sends, new or edited. */
const settingsOf = (f: FormData) => ({
  questionCount: f.get('questionCount'),
  skills: f.getAll('skills'),
  // Deduplicated: a checkbox sent twice is still one kind.
  kinds: [...new Set(f.getAll('kinds'))],
  opensAt: f.get('opensAt'),
  closesAt: f.get('closesAt'),
  attemptsAllowed: f.get('attemptsAllowed'),
  revealAnswers: f.get('revealAnswers'),
  showLeaderboard: f.get('showLeaderboard') === 'on',
  confidenceMarks: f.get('confidenceMarks') === 'on',
  note: f.get('note') ?? '',
});
const assignmentForm = formSchema((f) => ({ classId: f.get('classId'), articleSlug: f.get('articleSlug'), ...settingsOf(f) }), assignmentSchema);
const assignmentEditForm = formSchema((f) => ({ assignmentId: f.get('assignmentId'), ...settingsOf(f) }), assignmentEditSchema);
const assignmentIdForm = formSchema((f) => ({ assignmentId: f.get('assignmentId') }), z.object({ assignmentId: idSchema }));
const NOT_YOUR_ASSIGNMENT = 'That assignment is not one of yours, or it no longer exists.';

/** Creates a class and opens it. */
export const createClassAction = validatedAction(teacher('/teacher'), classForm, fieldsOnly, async ({ name }, user) => {
  const cls = await createClass({ teacherId: user.id, name });
  redirect(`/teacher/classes/${cls.id}`);
});

/** Renames a class. */
export const renameClassAction = validatedAction(
  teacher('/teacher'),
  renameForm,
  (fields): FormState => (fields.classId ? { error: NOT_YOURS } : { fields }),
  async ({ classId, name }, user): Promise<FormState> => {
    if (!(await updateClass({ id: classId, teacherId: user.id, name }))) return { error: NOT_YOURS };
    revalidatePath(`/teacher/classes/${classId}`);
    return { ok: 'Saved.' };
  },
);

/** Archives (or restores) a class: an archived class's code stops working. */
export const archiveClassAction = validatedFormAction(teacher('/teacher'), archiveForm, async ({ classId, archived }, user) => {
  await updateClass({ id: classId, teacherId: user.id, archived });
  revalidatePath(`/teacher/classes/${classId}`);
  revalidatePath('/teacher');
});

/** Gives the class a new join code. */
export const regenerateCodeAction = validatedFormAction(teacher('/teacher'), classIdForm, async ({ classId }, user) => {
  await regenerateJoinCode({ id: classId, teacherId: user.id });
  revalidatePath(`/teacher/classes/${classId}`);
});

/** Removes a student from the roster. */
export const removeStudentAction = validatedFormAction(teacher('/teacher'), studentForm, async ({ studentId, classId }, user) => {
  await removeStudent({ studentId, teacherId: user.id });
  revalidatePath(`/teacher/classes/${classId}`);
});

/** Gives a student a new personal code (their other sessions end). */
export const resetStudentAction = validatedFormAction(teacher('/teacher'), studentForm, async ({ studentId, classId }, user) => {
  await resetStudentAccess({ studentId, teacherId: user.id });
  revalidatePath(`/teacher/classes/${classId}`);
});

/** Sets an article's quiz for a class. */
export const createAssignmentAction = validatedAction(teacher('/teacher'), assignmentForm, fieldsOnly, async (input, user): Promise<FormState> => {
  const created = await createAssignment({ ...input, teacherId: user.id });
  if (!created) return { error: 'That class or article is not available. Archived classes cannot get new assignments.' };
  revalidatePath(`/teacher/classes/${input.classId}`);
  redirect(`/teacher/assignments/${created.id}`);
});

/** Saves an assignment's new settings and goes back to its results. */
export const updateAssignmentAction = validatedAction(
  teacher('/teacher'),
  assignmentEditForm,
  (fields): FormState => (fields.assignmentId ? { error: NOT_YOUR_ASSIGNMENT } : { fields }),
  async (input, user): Promise<FormState> => {
    const saved = await editAssignment(user, input);
    if (!saved) return { error: NOT_YOUR_ASSIGNMENT };
    revalidatePath(`/teacher/classes/${saved.classId}`);
    redirect(`/teacher/assignments/${saved.id}`);
  },
);

/** Closes an assignment now. */
export const closeAssignmentAction = validatedAction(teacher('/teacher'), assignmentIdForm, (): FormState => ({ error: NOT_YOUR_ASSIGNMENT }), async ({ assignmentId }, user): Promise<FormState> => {
  const closed = await closeAssignment(user, { assignmentId });
  if (!closed) return { error: NOT_YOUR_ASSIGNMENT };
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  revalidatePath(`/teacher/classes/${closed.classId}`);
  return { ok: 'Closed. Students can no longer start or send answers.' };
});

/** Deletes an assignment with its attempts and goes back to the class. */
export const deleteAssignmentAction = validatedAction(teacher('/teacher'), assignmentIdForm, (): FormState => ({ error: NOT_YOUR_ASSIGNMENT }), async ({ assignmentId }, user): Promise<FormState> => {
  const gone = await deleteAssignment(user, { assignmentId });
  if (!gone) return { error: NOT_YOUR_ASSIGNMENT };
  revalidatePath(`/teacher/classes/${gone.classId}`);
  redirect(`/teacher/classes/${gone.classId}`);
});

/** The first-run checklist's "Hide" button: remembered on this device for this teacher (it only hides a hint). */
export const hideChecklistAction = validatedFormAction(teacher('/teacher'), z.object({}), async (_input, user) => {
  (await cookies()).set(CHECKLIST_COOKIE, user.id, cookieOptions('/teacher', 365 * 24 * 3600));
  revalidatePath('/teacher');
});

/** "Preview as a student": plays the assignment's real quiz as the teacher, counted nowhere (lib/server/preview-assignment.ts). */
export const previewAssignmentAction = validatedFormAction(teacher('/teacher'), assignmentIdForm, async ({ assignmentId }, user) => {
  const started = await previewAssignment(user, { assignmentId });
  redirect(started?.ok ? `/attempts/${started.attemptId}` : `/teacher/assignments/${assignmentId}`);
});
