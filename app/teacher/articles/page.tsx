import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { requireTeacher } from '@/lib/auth/player';
import { listTeacherArticles } from '@/lib/db/queries/teacher-articles';
import { formatDate, plural } from '@/lib/format';

export const metadata: Metadata = { title: 'Your articles' };

export default async function TeacherArticlesPage() {
  await connection();
  const user = await requireTeacher('/teacher/articles');
  const list = await listTeacherArticles({ ownerId: user.id });
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href="/teacher">← Your classes</Link></p>
      <h1>Your articles</h1>
      <p className="muted">Articles you pasted. A draft is seen only by you; once published you can assign it from a class page.</p>
      <div className="actions">
        <Link className="button" href="/teacher/articles/new">New article</Link>
      </div>
      {list.length === 0 ? (
        <p className="empty">No articles yet. Choose “New article” to paste one.</p>
      ) : (
        <ul className="card-list">
          {list.map((a) => (
            <li key={a.slug} className="card">
              <h2><Link href={`/teacher/articles/${a.slug}`}>{a.title}</Link></h2>
              <ul className="meta">
                <li><span className="badge" style={{ marginLeft: 0 }}>{a.publishedAt ? 'published' : 'draft'}</span></li>
                {a.date ? <li>{formatDate(a.date)}</li> : null}
                {a.source ? <li>{a.source}</li> : null}
                <li>{plural(a.questionCount, 'question')}</li>
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
