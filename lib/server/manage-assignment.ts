import { closeAssignmentNow, deleteOwnAssignment, updateAssignment, type AssignmentSettings } from '../db/queries/assignments';
import type { AssignmentRow } from '../db/schema';
import type { Actor } from './outcome';

/*
 * A teacher changes an assignment after setting it. Each answers null when the assignment is not in one of their
 * classes, exactly as when it does not exist. The article stays: attempts already made were dealt from its quiz.
 */

/** Saves new settings: the window and what students see apply to everyone at once, the deal to new attempts only. */
export function editAssignment(user: Actor, input: { assignmentId: string } & AssignmentSettings): Promise<AssignmentRow | null> {
  const { assignmentId, ...settings } = input;
  return updateAssignment({ id: assignmentId, teacherId: user.id, settings });
}

/** Closes the assignment now: no new starts or submits; what was submitted stays, answers not sent are not counted. */
export function closeAssignment(user: Actor, input: { assignmentId: string }): Promise<AssignmentRow | null> {
  return closeAssignmentNow({ id: input.assignmentId, teacherId: user.id });
}

/** Deletes the assignment and, with it, every attempt at it and their answers (they are no longer shown anywhere). */
export function deleteAssignment(user: Actor, input: { assignmentId: string }): Promise<{ classId: string } | null> {
  return deleteOwnAssignment({ id: input.assignmentId, teacherId: user.id });
}
