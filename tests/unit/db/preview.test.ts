import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { getFirstOpenPlay } from '@/lib/db/queries/held-back';
import { listPlayerSkills } from '@/lib/db/queries/skills';
import { attempts, leaderboardEntries, quizzes } from '@/lib/db/schema';
import { getAssignmentResults } from '@/lib/server/assignment-results';
import { getLeaderboard } from '@/lib/server/leaderboard';
import { previewAssignment } from '@/lib/server/preview-assignment';
import { createAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { makeQuiz, makeTeacher, openAssignment, shownFor, startedAgo } from './helpers';

afterAll(closeDb);

describe('a teacher previews an assignment as a student', () => {
  it('plays the assignment’s real deal, graded, and it shows on no board, in no results, skills or first play', async () => {
    const { slug, quizId } = await makeQuiz(6);
    const teacher = await makeTeacher('Preview');
    const cls = await createClass({ teacherId: teacher.id, name: 'Preview 5' });
    const a = (await createAssignment({ ...openAssignment(cls.id, slug, teacher.id), questionCount: 4 }))!;
    expect(await previewAssignment(await makeTeacher('Stranger'), { assignmentId: a.id })).toBeNull();

    const started = await previewAssignment(teacher, { assignmentId: a.id });
    if (!started?.ok) throw new Error('no preview');
    expect(await previewAssignment(teacher, { assignmentId: a.id })).toEqual(started); // resumed, not dealt again
    const db = await getDb();
    const [row] = await db.select().from(attempts).where(eq(attempts.id, started.attemptId));
    expect(row).toMatchObject({ userId: teacher.id, assignmentId: null, previewOf: a.id, quizId, maxScore: 4 });
    expect(row.plan).toHaveLength(4); // the assignment's number of questions, not open play's 10

    const player = { userId: teacher.id };
    await startedAgo(started.attemptId, 120); // long enough to be ranked, were it ranked
    expect(await submitAttempt({ id: started.attemptId, player, shown: await shownFor(started.attemptId, player, (q) => q.answer), idempotencyKey: 'preview-1' }))
      .toEqual({ ok: true, score: 4, maxScore: 4, alreadySubmitted: false });

    const [{ articleId }] = await db.select({ articleId: quizzes.articleId }).from(quizzes).where(eq(quizzes.id, quizId));
    expect(await db.select().from(leaderboardEntries).where(eq(leaderboardEntries.articleId, articleId))).toEqual([]);
    expect(await getLeaderboard({ slug, player })).toEqual([]);
    const results = (await getAssignmentResults(teacher, { assignmentId: a.id }))!;
    expect(results.counts).toMatchObject({ submitted: 0, started: 0 });
    expect(await listPlayerSkills({ owner: { userId: teacher.id }, recent: 10 })).toEqual([]);
    expect(await getFirstOpenPlay({ articleId, owner: { userId: teacher.id, guestId: null } })).toBeNull();

    // The teacher's own open play afterwards is their first play, and ranked.
    const open = (await createAttempt({ quizId, player, nickname: 'Ms P' }))!;
    await startedAgo(open.id, 120);
    await submitAttempt({ id: open.id, player, shown: await shownFor(open.id, player, (q) => q.answer), idempotencyKey: 'open-1' });
    expect((await getLeaderboard({ slug, player }))!.map((r) => [r.nickname, r.mine])).toEqual([['Ms P', true]]);
  }, 90_000); // the first test of the file also waits for the database to be prepared
});
