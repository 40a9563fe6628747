import { getTeacherAssignment } from '../db/queries/assignments';
import { getOpenPreview } from '../db/queries/attempts';
import type { Skill } from '../quiz/types';
import type { Actor, Outcome } from './outcome';
import { createAttempt } from './start-attempt';

/**
 * "Preview as a student": the teacher plays the real quiz of their assignment (its number of questions, skills and
 * kinds, dealt as for a student) as an attempt of their own marked `previewOf`. It is graded like any other and
 * counts nowhere: not in the class's results (it has no assignment), not on a public or class board, not in a
 * skills page, not as the teacher's first open play. An unfinished preview is resumed. Null unless the assignment
 * is in one of the teacher's classes.
 */
export async function previewAssignment(user: Actor, { assignmentId }: { assignmentId: string }): Promise<Outcome<{ attemptId: string }> | null> {
  const found = await getTeacherAssignment({ id: assignmentId, teacherId: user.id });
  if (!found) return null;
  const open = await getOpenPreview({ userId: user.id, assignmentId });
  if (open) return { ok: true, attemptId: open.id };
  const { a } = found;
  const created = await createAttempt({
    quizId: a.quizId, player: { userId: user.id }, nickname: 'Preview', count: a.questionCount, skills: a.skills as Skill[], kinds: a.kinds, previewOf: a.id,
  });
  return created ? { ok: true, attemptId: created.id } : { ok: false, error: 'This assignment has no questions to answer.' };
}
