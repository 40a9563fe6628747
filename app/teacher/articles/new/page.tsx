import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ArticleImportForm } from '@/components/article-import-form';
import { ArticleLinkForm } from '@/components/article-link-form';
import { requireTeacher } from '@/lib/auth/player';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  await connection();
  await requireTeacher('/teacher/articles/new');
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href="/teacher/articles">← Your articles</Link></p>
      <h1>New article</h1>
      <p className="muted">
        Paste an article. You will see what the app finds in it and every question it writes, before anyone else can.
        Then remove or change questions, add your own, and publish it to assign it to a class.
      </p>
      <h2>Import from a link</h2>
      <ArticleLinkForm />
      <h2>Or paste the text</h2>
      <ArticleImportForm />
    </>
  );
}
