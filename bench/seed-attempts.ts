/**
 * Fills the database with `--attempts N` submitted attempts (default 1,000,000) spread over `--players P` guest
 * players (default 10,000) on one article, plus their leaderboard rows, in a few set-based statements (seconds,
 * not minutes, for a million). Seeded rows are marked by a `bench-` guest id and replaced on
 * every run. They carry no per-question answers (nothing that is benchmarked reads them).
 *
 *   DATABASE_URL=postgres://… npx tsx bench/seed-attempts.ts --attempts 1000000 --players 10000
 */
import { parseArgs } from 'node:util';

export async function seedAttempts({ attempts, players, slug = 'rust-baldwin-dismissal' }: { attempts: number; players: number; slug?: string }) {
  const { prepareWithContent } = await import('../lib/server/seed-content');
  const { getDb } = await import('../lib/db/client');
  const { sql } = await import('drizzle-orm');
  const { rowsOf } = await import('../lib/db/rows');
  await prepareWithContent();
  const db = await getDb();
  const started = performance.now();
  const [quiz] = rowsOf<{ quiz_id: string; article_id: string; ids: string[] }>(await db.execute(sql`
    select q.id as quiz_id, a.id as article_id, array_agg(x.id order by x.id) as ids
      from articles a join quizzes q on q.article_id = a.id join questions x on x.quiz_id = q.id
     where a.slug = ${slug} group by q.id, a.id order by q.id desc limit 1`));
  if (!quiz) throw new Error(`no quiz for ${slug}`);
  // One plan shared by every seeded attempt: the first ten questions, options in their stored order.
  const plan = quiz.ids.slice(0, 10).map((questionId) => ({ questionId, order: [0, 1, 2, 3] }));
  // Leaderboard rows first: deleting the attempts would otherwise check each one against the leaderboard.
  await db.execute(sql`delete from leaderboard_entries where player_key like 'g:bench-%'`);
  await db.execute(sql`delete from attempts where guest_id like 'bench-%'`);
  await db.execute(sql`
    insert into attempts (id, quiz_id, guest_id, nickname, plan, started_at, submitted_at, score, max_score, duration_ms)
    select 'bench' || lpad(n::text, 10, '0') || substr(md5(n::text), 1, 8),
           ${quiz.quiz_id}, 'bench-' || (n % ${players}), 'Player ' || (n % ${players}), ${JSON.stringify(plan)}::jsonb,
           now() - interval '30 days' + n * interval '1 millisecond',
           now() - interval '30 days' + n * interval '1 millisecond' + ((n * 7919) % 600000) * interval '1 millisecond',
           (n * 31 + n / 7) % 11, 10, (n * 7919) % 600000
      from generate_series(1::bigint, ${attempts}::bigint) as n`);
  await db.execute(sql`
    insert into leaderboard_entries (article_id, player_key, attempt_id, nickname, score, max_score, duration_ms, submitted_at)
    select distinct on (a.guest_id) ${quiz.article_id}, 'g:' || a.guest_id, a.id, a.nickname, a.score, a.max_score, a.duration_ms, a.submitted_at
      from attempts a where a.guest_id like 'bench-%'
     order by a.guest_id, a.score desc, a.submitted_at, a.id
    on conflict (article_id, player_key) do update set attempt_id = excluded.attempt_id, nickname = excluded.nickname,
      score = excluded.score, max_score = excluded.max_score, duration_ms = excluded.duration_ms, submitted_at = excluded.submitted_at`);
  // A served database has autovacuum keeping dead rows and statistics in order; some servers (this project's CI
  // machine among them) run with it off, so the seed tidies up itself: the rows it deleted must not weigh on the run.
  for (const table of ['attempts', 'answers', 'leaderboard_entries']) await db.execute(sql.raw(`vacuum analyze ${table}`));
  return { seconds: (performance.now() - started) / 1000, quizId: quiz.quiz_id, plan };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { attempts: { type: 'string', default: '1000000' }, players: { type: 'string', default: '10000' } } });
  const attempts = Number(values.attempts);
  const players = Number(values.players);
  const { seconds } = await seedAttempts({ attempts, players });
  console.log(`seeded ${attempts.toLocaleString('en')} attempts over ${players.toLocaleString('en')} players in ${seconds.toFixed(1)} s`);
  const { closeDb } = await import('../lib/db/client');
  await closeDb();
}
