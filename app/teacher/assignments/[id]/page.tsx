import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AssignmentManage } from '@/components/assignment-manage';
import { ExportLinks } from '@/components/export-links';
import { LiveResults } from '@/components/live-results';
import { requireTeacher } from '@/lib/auth/player';
import { getAssignmentWithResults } from '@/lib/server/assignment-results';
import { LocalTime } from '@/components/local-time';
import { safeParam } from '@/lib/validation/params';
import { previewAssignmentAction } from '../../actions';
import { nowMs } from '@/lib/time';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Assignment results' };

export default async function AssignmentResultsPage({ params }: Props) {
  await connection();
  const id = safeParam((await params).id);
  const user = await requireTeacher(`/teacher/assignments/${id}`);
  const found = await getAssignmentWithResults(user, { assignmentId: id });
  if (!found) notFound();
  const { assignment, results } = found;
  const a = assignment.settings;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={`/teacher/classes/${assignment.classId}`}>← {assignment.className}</Link></p>
      <h1>Results: {assignment.articleTitle}</h1>
      <ul className="meta">
        <li>Opens <LocalTime iso={a.opensAt.toISOString()} /></li>
        <li>Closes <LocalTime iso={a.closesAt.toISOString()} /></li>
        <li>{a.questionCount} questions</li>
        <li>{a.attemptsAllowed} attempt{a.attemptsAllowed === 1 ? '' : 's'}</li>
        <li>Answers shown {a.revealAnswers === 'after-submit' ? 'after submitting' : 'after closing'}</li>
        <li>Leaderboard {a.showLeaderboard ? 'on' : 'off'}</li>
      </ul>
      <ExportLinks assignmentId={id} />
      <div className="actions">
        <form action={previewAssignmentAction}>
          <input type="hidden" name="assignmentId" value={id} />
          <button type="submit" className="secondary" aria-describedby="preview-help">Preview as a student</button>
        </form>
        <Link href={`/teacher/assignments/${id}/print`}>Print a worksheet</Link>
        <Link href={`/teacher/assignments/${id}/key`}>Print the answer key</Link>
      </div>
      <p id="preview-help" className="muted">The preview is the real quiz, dealt as for a student; your answers count nowhere (no results, no board).</p>
      <LiveResults assignmentId={id} initial={results} />
      <AssignmentManage id={id} open={a.closesAt.getTime() > nowMs()} submitted={results.counts.submitted} />
    </>
  );
}
