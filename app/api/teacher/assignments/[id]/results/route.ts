import { getSessionUser } from '@/lib/auth/player';
import { getAssignmentResults } from '@/lib/server/assignment-results';
import { idSchema } from '@/lib/validation/classes';

/** Live results as JSON for the teacher's results page (polled every few seconds). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'Sign in first.' }, { status: 401 });
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: 'Not found.' }, { status: 404 });
  const results = await getAssignmentResults(user, { assignmentId: id.data });
  if (!results) return Response.json({ error: 'Not found.' }, { status: 404 });
  return Response.json(results, { headers: { 'Cache-Control': 'no-store' } });
}
