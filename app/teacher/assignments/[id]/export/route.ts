import { stringify } from 'csv-stringify/sync';
import { getSessionUser } from '@/lib/auth/player';
import { getAssignmentExport } from '@/lib/db/queries/export';
import { idSchema } from '@/lib/validation/classes';

/**
 * The results as CSV: one row per student per question, then one summary row per student. A UTF-8 byte order
 * mark makes spreadsheets read accents correctly; the CSV library quotes commas, quotes and line breaks.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response('Sign in first.', { status: 401 });
  const id = idSchema.safeParse((await params).id);
  const data = id.success ? await getAssignmentExport({ assignmentId: id.data, teacherId: user.id }) : null;
  if (!data) return new Response('Not found.', { status: 404 });
  const csv = stringify(
    [
      ['row type', 'student', 'question number', 'skill', 'question', 'answer given', 'right answer', 'correct', 'score', 'max score', 'time (s)', 'submitted at', 'attempts used'],
      ...data.rows,
    ],
    // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix such cells with a quote.
    { cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) } },
  );
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${data.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
