import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { articles, attempts, quizzes } from '../schema';
import { ownedBy, type Player } from './attempts';

export type LeaderboardRow = {
  rank: number;
  attemptId: string;
  nickname: string;
  score: number;
  maxScore: number;
  durationMs: number;
  submittedAt: Date;
  mine: boolean;
};

const playerKey = sql<string>`coalesce('u:' || ${attempts.userId}, 'g:' || ${attempts.guestId})`;

/**
 * An article's leaderboard: each player's best submitted attempt, ranked by score and then by the earlier
 * submission. Class attempts stay in their class. Returns the top `limit` rows, plus the caller's own row when it falls below them.
 */
export async function listLeaderboard({ slug, player, limit = 50 }: { slug: string; player: Player | null; limit?: number }): Promise<LeaderboardRow[] | null> {
  const db = await readyDb();
  const [article] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), isNull(articles.ownerId)));
  if (!article) return null;
  const best = await db
    .selectDistinctOn([playerKey], {
      attemptId: attempts.id,
      nickname: attempts.nickname,
      score: attempts.score,
      maxScore: attempts.maxScore,
      durationMs: attempts.durationMs,
      submittedAt: attempts.submittedAt,
      userId: attempts.userId,
      guestId: attempts.guestId,
    })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(and(eq(quizzes.articleId, article.id), isNotNull(attempts.submittedAt), isNull(attempts.studentId)))
    .orderBy(playerKey, desc(attempts.score), asc(attempts.submittedAt));
  best.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.submittedAt!.getTime() - b.submittedAt!.getTime());
  const isMine = (r: (typeof best)[number]) => !!player && ownedBy({ ...r, studentId: null }, player);
  const ranked = best.map((r, i) => ({
    rank: i + 1,
    attemptId: r.attemptId,
    nickname: r.nickname,
    score: r.score ?? 0,
    maxScore: r.maxScore,
    durationMs: r.durationMs ?? 0,
    submittedAt: r.submittedAt!,
    mine: isMine(r),
  }));
  const top = ranked.slice(0, limit);
  const own = ranked.find((r) => r.mine);
  if (own && own.rank > limit) top.push(own);
  return top;
}
