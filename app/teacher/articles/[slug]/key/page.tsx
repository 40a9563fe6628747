import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AnswerKeySheet } from '@/components/answer-key-sheet';
import { getSessionUser } from '@/lib/auth/player';
import { getPrintableArticle } from '@/lib/server/printable-quiz';
import { safeParam } from '@/lib/validation/params';

export const metadata: Metadata = { title: 'Answer key', robots: { index: false } };

/** The printed worksheet's answer key: only for the article's owner; anyone else (a guest too) finds nothing here. */
export default async function ArticleKeyPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const slug = safeParam((await params).slug);
  const user = await getSessionUser();
  const sheet = user ? await getPrintableArticle(user, { slug }) : null;
  if (!sheet) notFound();
  return <AnswerKeySheet sheet={sheet} />;
}
