import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PrintSheet } from '@/components/print-sheet';
import { requireTeacher } from '@/lib/auth/player';
import { getPrintableAssignment } from '@/lib/server/printable-quiz';
import { safeParam } from '@/lib/validation/params';

export const metadata: Metadata = { title: 'Worksheet' };

/** The assignment on paper, for a class without devices: article and questions, no answers. */
export default async function AssignmentWorksheetPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = safeParam((await params).id);
  const sheet = await getPrintableAssignment(await requireTeacher(`/teacher/assignments/${id}/print`), { assignmentId: id });
  if (!sheet) notFound();
  return <PrintSheet sheet={sheet} />;
}
