import { toCsv } from '@/lib/csv';
import { getSessionUser } from '@/lib/auth/player';
import { getClassSkillsExport } from '@/lib/server/class-skills-export';
import { idSchema } from '@/lib/validation/classes';

/** The class's skills grid as CSV (`lib/csv.ts`): a row per student and skill, then the class average per skill. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response('Sign in first.', { status: 401 });
  const id = idSchema.safeParse((await params).id);
  const data = id.success ? await getClassSkillsExport(user, { classId: id.data }) : null;
  if (!data) return new Response('Not found.', { status: 404 });
  return new Response(toCsv(data.header, data.rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${data.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
