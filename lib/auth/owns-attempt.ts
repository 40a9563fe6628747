import type { AttemptRow } from '../db/schema';
import type { Player } from '../db/queries/attempts';

/**
 * Whether an attempt belongs to the caller: the one ownership rule (the submit and every view of an attempt use
 * it). A class attempt is the student's, else the account's, else the guest browser's.
 */
export function ownsAttempt(row: Pick<AttemptRow, 'userId' | 'guestId' | 'studentId'>, player: Player): boolean {
  if (row.studentId) return row.studentId === player.studentId;
  if (row.userId) return row.userId === player.userId;
  return !!row.guestId && row.guestId === player.guestId;
}
