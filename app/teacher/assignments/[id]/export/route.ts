import { toCsv } from '@/lib/csv';
import { getSessionUser } from '@/lib/auth/player';
import { getAssignmentExport } from '@/lib/server/assignment-export';
import { idSchema } from '@/lib/validation/classes';

/**
 * The results as CSV (`lib/csv.ts`: byte order mark, quoting, formula guard): one row per student per question, then
 * one summary row per student.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response('Sign in first.', { status: 401 });
  const id = idSchema.safeParse((await params).id);
  const data = id.success ? await getAssignmentExport(user, { assignmentId: id.data }) : null;
  if (!data) return new Response('Not found.', { status: 404 });
  const csv = toCsv(
    ['row type', 'student', 'question number', 'skill', 'question', 'answer given', 'right answer', 'correct', 'score', 'max score', 'time (s)', 'submitted at', 'attempts used', 'confidence', 'confidence marks'],
    data.rows,
  );
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${data.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
