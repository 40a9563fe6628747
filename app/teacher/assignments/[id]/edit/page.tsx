import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AssignmentFormClient } from '@/components/assignment-form-client';
import { requireTeacher } from '@/lib/auth/player';
import { getTeacherAssignment } from '@/lib/db/queries/assignments';
import { safeParam } from '@/lib/validation/params';
import { QUESTION_KINDS } from '@/lib/quiz/types';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Edit assignment' };

/** The teacher changes an assignment's settings; its class and article stay. */
export default async function EditAssignmentPage({ params }: Props) {
  await connection();
  const id = safeParam((await params).id);
  const user = await requireTeacher(`/teacher/assignments/${id}/edit`);
  const found = await getTeacherAssignment({ id, teacherId: user.id });
  if (!found) notFound();
  const { a } = found;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={`/teacher/assignments/${id}`}>← Results: {found.articleTitle}</Link></p>
      <h1>Edit assignment</h1>
      <p className="muted">For {found.className}. Changes to the window and to what students see apply to everyone straight away.</p>
      <AssignmentFormClient editing={{
        id: a.id, articleTitle: found.articleTitle, questionCount: a.questionCount, skills: a.skills, kinds: a.kinds ?? [...QUESTION_KINDS], opensAt: a.opensAt.toISOString(),
        closesAt: a.closesAt.toISOString(), attemptsAllowed: a.attemptsAllowed, revealAnswers: a.revealAnswers, showLeaderboard: a.showLeaderboard, confidenceMarks: a.confidenceMarks, note: a.note,
      }} />
    </>
  );
}
