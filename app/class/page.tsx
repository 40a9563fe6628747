import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { StartAssignmentButton } from '@/components/start-assignment-button';
import { getStudentSession } from '@/lib/auth/student';
import { listStudentAssignments, type StudentAssignment } from '@/lib/db/queries/assignments';
import { LocalTime } from '@/components/local-time';
import { nowMs } from '@/lib/time';
import { listClassLeaderboards, type ClassBoard } from '@/lib/db/queries/class-leaderboard';
import { leaveClassAction } from './actions';

/** The class leaderboard of an assignment, when the teacher has turned it on and someone has finished. */
function ClassBoardTable({ board }: { board: ClassBoard | null }) {
  if (!board || board.rows.length === 0) return null;
  const { rows, byConfidence } = board;
  return (
    <details style={{ marginTop: '1rem' }}>
      <summary>Class leaderboard{byConfidence ? ' (by confidence marks)' : ''}</summary>
      <table className="board">
        <thead>
          <tr>
            <th scope="col" className="num">Rank</th><th scope="col">Nickname</th>
            {byConfidence ? <th scope="col" className="num">Confidence marks</th> : null}<th scope="col" className="num">Score</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.rank} className={r.mine ? 'mine' : undefined}>
              <td className="num">{r.rank}</td><td>{r.nickname}{r.mine ? <span className="badge">you</span> : null}</td>
              {byConfidence ? <td className="num">{r.weightedScore} / {3 * r.maxScore}</td> : null}
              <td className="num">{r.score} / {r.maxScore}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export const metadata: Metadata = { title: 'Your class' };

function status(a: StudentAssignment, now: number): 'open' | 'due-soon' | 'done' | 'closed' {
  if (a.closesAt.getTime() <= now) return 'closed';
  if (a.attemptsUsed >= a.attemptsAllowed && a.lastSubmitted) return 'done';
  return a.closesAt.getTime() - now < 24 * 3600_000 ? 'due-soon' : 'open';
}
const LABEL = { open: 'Open', 'due-soon': 'Due soon', done: 'Done', closed: 'Closed' };

export default async function ClassHome() {
  await connection();
  const session = await getStudentSession();
  if (!session) {
    return (
      <>
        <h1>Your class</h1>
        <p className="empty">You are not in a class on this device yet. <Link href="/join">Join with your class code</Link>.</p>
      </>
    );
  }
  const list = await listStudentAssignments({ studentId: session.student.id, classId: session.student.classId });
  const boards = await listClassLeaderboards({ assignmentIds: list.map((a) => a.id), studentId: session.student.id });
  const now = nowMs();
  return (
    <>
      <h1>{session.className}</h1>
      <p className="muted">You are <strong>{session.student.nickname}</strong>. Your personal code is <code>{session.student.accessCode}</code>: keep it to come back on another device.</p>
      <h2>Assignments</h2>
      {list.length === 0 ? <p className="empty">No assignments yet. Your teacher will add them here.</p> : (
        <ul className="card-list">
          {list.map((a) => {
            const st = status(a, now);
            const canStart = st === 'open' || st === 'due-soon';
            return (
              <li key={a.id} className="card">
                <h3 style={{ margin: 0, fontSize: '1.15rem' }}>{a.articleTitle} <span className="badge">{LABEL[st]}</span></h3>
                <ul className="meta">
                  <li>Closes <LocalTime iso={a.closesAt.toISOString()} /></li>
                  <li>{a.questionCount} questions</li>
                  <li>Attempts used {a.attemptsUsed} of {a.attemptsAllowed}</li>
                </ul>
                {a.note ? <p><strong>Note from your teacher:</strong> {a.note}</p> : null}
                <div className="actions" style={{ marginBottom: 0 }}>
                  <Link className="button secondary" href={`/articles/${a.articleSlug}`}>Read the article</Link>
                  {canStart ? <StartAssignmentButton assignmentId={a.id} label={a.lastAttemptId && !a.lastSubmitted ? 'Continue' : 'Start the quiz'} /> : null}
                  {a.lastAttemptId && a.lastSubmitted ? <Link className="button secondary" href={`/attempts/${a.lastAttemptId}`}>My result</Link> : null}
                </div>
                <ClassBoardTable board={boards.get(a.id) ?? null} />
              </li>
            );
          })}
        </ul>
      )}
      <form action={leaveClassAction} style={{ marginTop: '2rem' }}>
        <button type="submit" className="link">Leave the class on this device</button>
      </form>
    </>
  );
}
