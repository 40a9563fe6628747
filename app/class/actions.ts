'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clearStudentSession } from '@/lib/auth/student';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { anyone, formSchema, noInput, student, validatedAction, validatedFormAction } from '@/lib/server/action';
import { idSchema } from '@/lib/validation/classes';

export type StartAssignmentState = { error?: string };

const NO_SUCH_ASSIGNMENT = 'That assignment does not exist.';
const assignmentForm = formSchema((f) => ({ assignmentId: f.get('assignmentId') }), z.object({ assignmentId: idSchema }));

/** Starts (or resumes) the student's attempt at an assignment, inside its window and attempt limit. */
export const startAssignmentAction = validatedAction(
  student<StartAssignmentState>({ error: 'Join the class first.' }),
  assignmentForm,
  (): StartAssignmentState => ({ error: NO_SUCH_ASSIGNMENT }),
  async ({ assignmentId }, session): Promise<StartAssignmentState> => {
    const result = await startAssignmentAttempt({ assignmentId, studentId: session.student.id, nickname: session.student.nickname });
    if (!result) return { error: NO_SUCH_ASSIGNMENT };
    if (!result.ok) return { error: result.error };
    redirect(`/attempts/${result.attemptId}`);
  },
);

/** Leaves the class on this device (the personal code brings the student back); the cookie is all it reads. */
export const leaveClassAction = validatedFormAction(anyone, noInput, async () => {
  await clearStudentSession();
  redirect('/join');
});
