import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PrintSheet } from '@/components/print-sheet';
import { requireTeacher } from '@/lib/auth/player';
import { getPrintableArticle } from '@/lib/server/printable-quiz';
import { safeParam } from '@/lib/validation/params';

export const metadata: Metadata = { title: 'Worksheet' };

/** The teacher's own article on paper with every question of its bank, no answers. */
export default async function ArticleWorksheetPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const slug = safeParam((await params).slug);
  const sheet = await getPrintableArticle(await requireTeacher(`/teacher/articles/${slug}/print`), { slug });
  if (!sheet) notFound();
  return <PrintSheet sheet={sheet} />;
}
