import Link from 'next/link';
import { closeAssignmentAction, deleteAssignmentAction } from '@/app/teacher/actions';
import { plural } from '@/lib/format';
import { ConfirmActionForm } from './confirm-action-form';

/**
 * Edit, close early or delete an assignment. The two that cannot be undone ask first, and say plainly what
 * happens to the attempts students already sent.
 */
export function AssignmentManage({ id, open, submitted }: { id: string; open: boolean; submitted: number }) {
  const hidden = { assignmentId: id };
  const who = submitted ? ` (${plural(submitted, 'student')} ${submitted === 1 ? 'has' : 'have'} results)` : '';
  return (
    <section aria-labelledby="manage-assignment" className="card" style={{ marginTop: '1.5rem' }}>
      <h2 id="manage-assignment" style={{ marginTop: 0 }}>This assignment</h2>
      <div className="actions" style={{ margin: 0 }}>
        <Link className="button secondary" href={`/teacher/assignments/${id}/edit`}>Edit settings</Link>
      </div>
      {open ? (
        <ConfirmActionForm action={closeAssignmentAction} hidden={hidden} label="Close now"
          confirm="Close now? Students can no longer start or send answers. Everything already sent stays; answers not sent yet are not counted." />
      ) : <p role="status">This assignment is closed: students can no longer start it or send answers.</p>}
      <ConfirmActionForm action={deleteAssignmentAction} hidden={hidden} label="Delete assignment"
        confirm={`Delete it for good? It disappears from the class page, and every attempt at it is deleted too${who}: scores and answers, here and in the CSV. Download the results first if you need them.`} />
    </section>
  );
}
