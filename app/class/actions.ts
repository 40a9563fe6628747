'use server';

import { redirect } from 'next/navigation';
import { clearStudentSession, getStudentSession } from '@/lib/auth/student';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { idSchema } from '@/lib/validation/classes';

export type StartAssignmentState = { error?: string };

/** Starts (or resumes) the student's attempt at an assignment, inside its window and attempt limit. */
export async function startAssignmentAction(_prev: StartAssignmentState, form: FormData): Promise<StartAssignmentState> {
  const session = await getStudentSession();
  if (!session) return { error: 'Join the class first.' };
  const id = idSchema.safeParse(form.get('assignmentId'));
  if (!id.success) return { error: 'That assignment does not exist.' };
  const result = await startAssignmentAttempt({ assignmentId: id.data, studentId: session.student.id, nickname: session.student.nickname });
  if (!result) return { error: 'That assignment does not exist.' };
  if (!result.ok) return { error: result.error };
  redirect(`/attempts/${result.attemptId}`);
}

/** Leaves the class on this device (the personal code brings the student back). */
export async function leaveClassAction(): Promise<void> {
  await clearStudentSession();
  redirect('/join');
}
