import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AssignmentFormClient } from '@/components/assignment-form-client';
import { ClassShare } from '@/components/class-share';
import { RenameClassForm } from '@/components/rename-class-form';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { requireTeacher } from '@/lib/auth/player';
import { listAssignableArticles } from '@/lib/db/queries/teacher-articles';
import { listClassAssignments } from '@/lib/db/queries/assignments';
import { getClass, listStudents } from '@/lib/db/queries/classes';
import { LocalTime } from '@/components/local-time';
import { archiveClassAction, regenerateCodeAction, removeStudentAction, resetStudentAction } from '../../actions';
import { safeParam } from '@/lib/validation/params';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import { SKILLS } from '@/lib/quiz/types';
import { joinLink, publicOrigin } from '@/lib/http/public-origin';
import '@/components/stacked-table.css';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ practice?: string | string[] }> };

export const metadata: Metadata = { title: 'Class' };

export default async function ClassPage({ params, searchParams }: Props) {
  await connection();
  const id = safeParam((await params).id);
  // "Assign practice" from the skills grid: the form opens with that one skill ticked (anything else is ignored).
  const asked = (await searchParams).practice;
  const practice = SKILLS.find((s) => s === asked);
  const user = await requireTeacher(`/teacher/classes/${id}`);
  const cls = await getClass({ id, teacherId: user.id });
  if (!cls) notFound();
  const [roster, assigned, articles, origin] = await Promise.all([
    listStudents({ classId: id, teacherId: user.id }),
    listClassAssignments({ classId: id, teacherId: user.id }),
    listAssignableArticles({ ownerId: user.id }),
    publicOrigin(),
  ]);
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href="/teacher">← Your classes</Link></p>
      <h1>{cls.name} {cls.archivedAt ? <span className="badge">archived</span> : null}</h1>
      <section aria-labelledby="code-title" className="card" style={{ maxWidth: '44rem' }}>
        <h2 id="code-title" style={{ marginTop: 0 }}>Join code</h2>
        {cls.archivedAt ? (
          <p>This class is archived: its code no longer lets anyone in.</p>
        ) : (
          <ClassShare classId={cls.id} code={cls.joinCode} link={joinLink(origin, cls.joinCode)} />
        )}
        <div className="actions" style={{ margin: 0 }}>
          {!cls.archivedAt ? (
            <form action={regenerateCodeAction}>
              <input type="hidden" name="classId" value={cls.id} />
              <ConfirmButton label="New code" confirm="The old code will stop working." />
            </form>
          ) : null}
          <form action={archiveClassAction}>
            <input type="hidden" name="classId" value={cls.id} />
            <input type="hidden" name="archived" value={cls.archivedAt ? 'false' : 'true'} />
            {cls.archivedAt ? <button type="submit" className="secondary">Restore class</button> : <ConfirmButton label="Archive class" confirm="Nobody can join an archived class. You can restore it later." />}
          </form>
        </div>
      </section>

      <h2>Assignments</h2>
      <p><Link href={`/teacher/classes/${cls.id}/skills`}>Skills grid: who needs what</Link></p>
      {assigned && assigned.length > 0 ? (
        <ul className="card-list">
          {assigned.map((a) => (
            <li key={a.id} className="card">
              <h3 style={{ margin: 0, fontSize: '1.1rem' }}><Link href={`/teacher/assignments/${a.id}`}>{a.articleTitle}</Link></h3>
              <ul className="meta">
                <li>Opens <LocalTime iso={a.opensAt.toISOString()} /></li>
                <li>Closes <LocalTime iso={a.closesAt.toISOString()} /></li>
                <li>{a.submitted} submitted</li>
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">Nothing assigned yet.</p>
      )}
      {!cls.archivedAt ? (
        <details id="assign" className="card" style={{ maxWidth: '40rem' }} open={practice ? true : undefined}>
          <summary style={{ fontWeight: 700, cursor: 'pointer' }}>{practice ? `Assign practice: ${SKILL_NAMES[practice]}` : 'Assign an article'}</summary>
          <AssignmentFormClient classId={cls.id} articles={articles} skills={practice ? [practice] : undefined} />
          <p className="muted">To use an article of your own, <Link href="/teacher/articles/new">paste it</Link> and publish it first.</p>
        </details>
      ) : null}

      <h2>Students</h2>
      {roster && roster.length > 0 ? (
        <table className="board stack">
          <thead><tr><th scope="col">Nickname</th><th scope="col">Personal code</th><th scope="col">Actions</th></tr></thead>
          <tbody>
            {roster.map((s) => (
              <tr key={s.id}>
                <td>{s.nickname}</td>
                <td data-label="Personal code"><code>{s.accessCode}</code></td>
                <td>
                  <form action={resetStudentAction} style={{ display: 'inline' }}>
                    <input type="hidden" name="classId" value={cls.id} />
                    <input type="hidden" name="studentId" value={s.id} />
                    <ConfirmButton label={`New code for ${s.nickname}`} confirm={`Sign ${s.nickname} out everywhere?`} />
                  </form>{' '}
                  <form action={removeStudentAction} style={{ display: 'inline' }}>
                    <input type="hidden" name="classId" value={cls.id} />
                    <input type="hidden" name="studentId" value={s.id} />
                    <ConfirmButton label={`Remove ${s.nickname}`} confirm={`Remove ${s.nickname} from the class?`} />
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">No students yet. Share the join code.</p>
      )}
      <h2>Rename</h2>
      <RenameClassForm classId={cls.id} name={cls.name} />
    </>
  );
}
