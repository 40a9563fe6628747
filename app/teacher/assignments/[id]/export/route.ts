import { toCsv } from '@/lib/csv';
import { getSessionUser } from '@/lib/auth/player';
import { getAnswerExport, getGradebook, getKindSummary } from '@/lib/server/assignment-export';
import { knownTimeZone } from '@/lib/server/export-format';
import { idSchema } from '@/lib/validation/classes';

/**
 * The results as CSV (`lib/csv.ts`: byte order mark, quoting, formula guard). `?file=answers` is every answer, one
 * row each; `?file=kinds` a row per kind of question; otherwise the gradebook, one row per student. `?tz=` is the
 * teacher's time zone (the download links add the browser's); UTC without it.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response('Sign in first.', { status: 401 });
  const id = idSchema.safeParse((await params).id);
  const url = new URL(req.url);
  const input = { assignmentId: id.success ? id.data : '', timeZone: knownTimeZone(url.searchParams.get('tz')) };
  const which = url.searchParams.get('file');
  const make = which === 'answers' ? getAnswerExport : which === 'kinds' ? getKindSummary : getGradebook;
  const file = id.success ? await make(user, input) : null;
  if (!file) return new Response('Not found.', { status: 404 });
  // An ASCII name for old clients, the real one (accents and all) for the rest (RFC 6266).
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new Response(toCsv(file.header, file.rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'Cache-Control': 'no-store',
    },
  });
}
