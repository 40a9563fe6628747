import type { Metadata } from 'next';
import Link from 'next/link';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { CreateClassForm } from '@/components/create-class-form';
import { FirstRunChecklist } from '@/components/first-run-checklist';
import { requireTeacher } from '@/lib/auth/player';
import { listClasses } from '@/lib/db/queries/classes';
import { getTeacherProgress } from '@/lib/db/queries/teacher-progress';
import { CHECKLIST_COOKIE } from '@/lib/first-run';
import { plural } from '@/lib/format';

export const metadata: Metadata = { title: 'Your classes' };

export default async function TeacherHome() {
  await connection();
  const user = await requireTeacher();
  const hidden = (await cookies()).get(CHECKLIST_COOKIE)?.value === user.id;
  const [list, progress] = await Promise.all([listClasses({ teacherId: user.id }), hidden ? null : getTeacherProgress({ teacherId: user.id })]);
  return (
    <>
      <h1>Your classes</h1>
      <p className="muted">Create a class, share its join code, and assign an article’s quiz. You see question by question what the class can and cannot do yet.</p>
      {progress ? <FirstRunChecklist progress={progress} /> : null}
      {list.length === 0 ? (
        <p className="empty">No classes yet. Create your first one below.</p>
      ) : (
        <ul className="card-list">
          {list.map((c) => (
            <li key={c.id} className="card">
              <h2 style={{ fontSize: '1.2rem', margin: 0 }}><Link href={`/teacher/classes/${c.id}`}>{c.name}</Link></h2>
              <ul className="meta">
                <li>Join code <strong>{c.joinCode}</strong></li>
                <li>{plural(c.studentCount, 'student')}</li>
                {c.archivedAt ? <li><span className="badge">archived</span></li> : null}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h2 id="new-class">New class</h2>
      <CreateClassForm />
      <h2>Your articles</h2>
      <p>Paste a news article of your own, check the questions made from it, then assign it. <Link href="/teacher/articles">Your articles</Link></p>
    </>
  );
}
