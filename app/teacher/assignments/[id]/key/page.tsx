import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AnswerKeySheet } from '@/components/answer-key-sheet';
import { getSessionUser } from '@/lib/auth/player';
import { getPrintableAssignment } from '@/lib/server/printable-quiz';
import { safeParam } from '@/lib/validation/params';

export const metadata: Metadata = { title: 'Answer key', robots: { index: false } };

/** The printed worksheet's answer key: only for the class's teacher; anyone else (a guest too) finds nothing here. */
export default async function AssignmentKeyPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = safeParam((await params).id);
  const user = await getSessionUser();
  const sheet = user ? await getPrintableAssignment(user, { assignmentId: id }) : null;
  if (!sheet) notFound();
  return <AnswerKeySheet sheet={sheet} />;
}
