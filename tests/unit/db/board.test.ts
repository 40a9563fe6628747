import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { startLimits } from '@/lib/auth/rate-limit-policy';
import { closeDb, getDb } from '@/lib/db/client';
import type { Player } from '@/lib/db/queries/attempts';
import { getAttempt } from '@/lib/server/attempt-view';
import { getBoardView, getLeaderboard } from '@/lib/server/leaderboard';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { attempts } from '@/lib/db/schema';
import { unrankedReason } from '@/lib/leaderboard-policy';
import { createAttempt, startOpenAttempt } from '@/lib/server/start-attempt';
import { guest, makeQuiz, shownFor, startedAgo } from './helpers';

afterAll(closeDb);

const address = () => `203.0.113.${randomBytes(4).toString('hex')}`;

/** Plays one open attempt to the end, answering with `pick`; `readFor` seconds of reading (0: a script's speed). */
async function play(quizId: string, player: Player, nickname: string, pick: (q: { answer: number; options: string[] }) => number, readFor = 60) {
  const { id } = (await createAttempt({ quizId, player, nickname }))!;
  if (readFor) await startedAgo(id, readFor);
  const result = await submitAttempt({ id, player, shown: await shownFor(id, player, pick), idempotencyKey: `play-${id.slice(0, 12)}` });
  expect(result).toMatchObject({ ok: true, alreadySubmitted: false });
  return id;
}

describe('starting open play is limited per player and per address', () => {
  it('a guest gets 10 new attempts in 10 minutes; resuming is free; the window slides', async () => {
    const { quizId } = await makeQuiz(4);
    const player = guest();
    const from = address();
    for (let n = 0; n < startLimits().perPlayer; n++) {
      const started = await startOpenAttempt({ quizId, player, nickname: 'Rapid', address: from });
      expect(started).toMatchObject({ ok: true, resumed: false });
      // Unfinished, it is resumed, not counted again.
      expect(await startOpenAttempt({ quizId, player, nickname: 'Rapid', address: from })).toMatchObject({ ok: true, resumed: true });
      if (!started.ok) return;
      await submitAttempt({ id: started.id, player, shown: await shownFor(started.id, player, (q) => q.answer), idempotencyKey: `rapid-${started.id.slice(0, 12)}` });
    }
    const refused = await startOpenAttempt({ quizId, player, nickname: 'Rapid', address: address() });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/Try again in \d+ (seconds|minutes)/) });
    expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeGreaterThan(500);
    const db = await getDb();
    expect(await db.select().from(attempts).where(eq(attempts.guestId, player.guestId))).toHaveLength(10);
    // Ten minutes later the oldest starts have left the window.
    expect(await startOpenAttempt({ quizId, player, nickname: 'Rapid', address: from, now: Date.now() + 601_000 })).toMatchObject({ ok: true });
  }, 90_000); // the first test of the file also waits for the database to be prepared

  it('starts sent at the same instant cannot pass the limit together', async () => {
    const { quizId } = await makeQuiz(4);
    // 25 of one guest at once (each a new attempt: none is unfinished yet when they arrive), 70 of one address.
    const player = guest();
    const burst = await Promise.all(Array.from({ length: 25 }, () => startOpenAttempt({ quizId, player, nickname: 'Burst', address: address() })));
    expect(burst.filter((r) => r.ok)).toHaveLength(10);
    const db = await getDb();
    expect(await db.select().from(attempts).where(eq(attempts.guestId, player.guestId))).toHaveLength(10);
    const school = address();
    const crowd = await Promise.all(Array.from({ length: 70 }, (_, n) => startOpenAttempt({ quizId, player: guest(), nickname: `Crowd ${n}`, address: school })));
    expect(crowd.filter((r) => r.ok)).toHaveLength(60);
  });

  it('an address gets 60 in 10 minutes whatever guest cookies it shows; another address is not affected', async () => {
    const { quizId } = await makeQuiz(4);
    const school = address();
    const limit = startLimits().perAddress;
    expect(limit).toBe(60);
    for (let n = 0; n < limit; n++) {
      expect(await startOpenAttempt({ quizId, player: guest(), nickname: `Kid ${n}`, address: school })).toMatchObject({ ok: true, resumed: false });
    }
    expect(await startOpenAttempt({ quizId, player: guest(), nickname: 'Fresh cookie', address: school })).toMatchObject({ ok: false });
    expect(await startOpenAttempt({ quizId, player: guest(), nickname: 'Elsewhere', address: address() })).toMatchObject({ ok: true });
  });
});

describe('what open play reveals', () => {
  it('the first play shows the right options; replays show only right or wrong (keys shown in 24 plays of a 43-question bank: 10)', async () => {
    const { quizId } = await makeQuiz(43);
    const player = guest();
    const dealt = new Set<string>(); // what every play revealed before: the whole bank after about 24 plays
    const revealed = new Set<string>();
    const judged = new Set<string>();
    for (let n = 0; n < 24; n++) {
      const id = await play(quizId, player, 'Learner', () => 0);
      const view = (await getAttempt({ id, player }))!;
      expect(view.firstPlay).toBe(n === 0);
      for (const { question } of view.dealt) {
        dealt.add(question.id);
        if (view.reveal[question.id] === 'answer') revealed.add(question.id);
        if (view.reveal[question.id] === 'verdict') judged.add(question.id);
      }
    }
    expect(dealt.size).toBeGreaterThanOrEqual(40);
    expect(revealed.size).toBe(10); // the first play's ten questions, and no more
    expect(judged.size).toBeGreaterThanOrEqual(35);
    console.log(`keys shown after 24 plays of one player: ${revealed.size} of 43 (every play showed them before: ${dealt.size} of 43)`);
  });
});

describe('what the public board ranks', () => {
  it('a player’s first play, not a better replay; a play faster than 2 s a question is stored and graded but not ranked', async () => {
    const { slug, quizId } = await makeQuiz(4);
    const [ann, bot, cat] = [guest(), guest(), guest()];
    const annFirst = await play(quizId, ann, 'Ann', (q) => (q.answer + 1) % 4); // 0 of 4, after reading
    const annReplay = await play(quizId, ann, 'Ann', (q) => q.answer); // 4 of 4 once she has seen the key
    const botFirst = await play(quizId, bot, 'Bot', (q) => q.answer, 0); // 4 of 4 in milliseconds
    const botSlow = await play(quizId, bot, 'Bot', (q) => q.answer, 60); // a later, slower replay is not first
    const catFirst = await play(quizId, cat, 'Cat', (q) => q.answer, 7); // 7 s for 4 questions: under the 8 s floor
    const board = (await getLeaderboard({ slug, player: null }))!;
    expect(board.map((r) => [r.nickname, r.score, r.attemptId])).toEqual([['Ann', 0, annFirst]]);
    const db = await getDb();
    const stored = new Map((await db.select().from(attempts).where(eq(attempts.quizId, quizId))).map((a) => [a.id, a]));
    expect([annReplay, botFirst, botSlow, catFirst].map((id) => stored.get(id)!.score)).toEqual([4, 4, 4, 4]);
    // The player is told why.
    const why = async (id: string, p: Player) => {
      const v = (await getAttempt({ id, player: p }))!;
      return unrankedReason({ durationMs: v.attempt.durationMs, maxScore: v.attempt.maxScore, firstPlay: v.firstPlay });
    };
    expect(await why(annFirst, ann)).toBeNull();
    expect(await why(annReplay, ann)).toMatch(/Only your first play/);
    expect(await why(botFirst, bot)).toMatch(/faster than anyone can read the questions \(under 8 seconds for 4 questions\)/);
    expect(await why(botSlow, bot)).toMatch(/Only your first play/);
    expect(await why(catFirst, cat)).toMatch(/faster than anyone can read/);
  });
});

describe('the viewer’s own rank', () => {
  it('counts an equal score handed in earlier within the same millisecond as ahead (the column keeps microseconds)', async () => {
    const { slug, quizId } = await makeQuiz(4);
    const [first, second] = [guest(), guest()];
    const ids = [await play(quizId, first, 'First', (q) => q.answer), await play(quizId, second, 'Second', (q) => q.answer)];
    const db = await getDb();
    await db.execute(sql`update leaderboard_entries set submitted_at = '2026-12-05 04:00:00.123401+00' where attempt_id = ${ids[0]}`);
    await db.execute(sql`update leaderboard_entries set submitted_at = '2026-12-05 04:00:00.123402+00' where attempt_id = ${ids[1]}`);
    // With a board of one row, the second player's row comes from the rank count, not from the top.
    expect((await getLeaderboard({ slug, player: second, limit: 1 }))!.map((r) => [r.rank, r.nickname, r.mine])).toEqual([[1, 'First', false], [2, 'Second', true]]);
    expect((await getLeaderboard({ slug, player: first, limit: 1 }))!.map((r) => [r.rank, r.nickname, r.mine])).toEqual([[1, 'First', true]]);
    // The leaderboard page reads the article's title with the board, and the same rows.
    const view = (await getBoardView({ slug, player: second, limit: 1 }))!;
    expect([view.title, view.rows.map((r) => [r.rank, r.nickname, r.mine])]).toEqual(['Test article', [[1, 'First', false], [2, 'Second', true]]]);
    expect(await getBoardView({ slug: 'no-such-article', player: second })).toBeNull();
  });
});
