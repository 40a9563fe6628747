import { expect, test } from '@playwright/test';
import { answersFor, type DealtQuestion } from './support/any-answer';

/** With E2E_INSTANCES=2 the journeys run through a round-robin balancer; this checks that it really alternates. */
test('consecutive requests are served by different instances, and a guest keeps their identity across them', async ({ request }) => {
  test.skip(!process.env.DATABASE_URL || Number(process.env.E2E_INSTANCES || 1) < 2, 'only with two instances on PostgreSQL');
  const served = new Set<string>();
  for (let i = 0; i < 4; i++) served.add((await request.get('/api/health')).headers()['x-served-by'] ?? '');
  expect(served.size).toBe(2);
  // Start on one instance, submit on the other, read the board on either: same player, same attempt.
  const started = await request.post('/api/articles/rust-baldwin-dismissal/attempts', { data: { nickname: 'Two Servers' } });
  expect(started.status()).toBe(201);
  const { attemptId, questions } = (await started.json()) as { attemptId: string; questions: DealtQuestion[] };
  const answers = answersFor(questions);
  const submitted = await request.post(`/api/attempts/${attemptId}/submit`, { data: { idempotencyKey: 'two-servers-1', answers } });
  expect(submitted.status()).toBe(200);
  const again = await request.post(`/api/attempts/${attemptId}/submit`, { data: { idempotencyKey: 'two-servers-1', answers } });
  expect((await again.json()).alreadySubmitted).toBe(true);
  // Either instance shows the player their own row at once, read fresh: the submit cleared the cached top only on the
  // instance that took it, and the other's copy may be up to its lifetime (2 s) old, but the player's row is never
  // taken from it.
  const boards = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.get('/api/articles/rust-baldwin-dismissal/leaderboard');
    boards.push({ by: res.headers()['x-served-by'], me: (await res.json()).me });
  }
  expect(boards[0]!.by).not.toBe(boards[1]!.by);
  expect(boards[0]!.me).toMatchObject({ nickname: 'Two Servers', mine: true });
  expect(boards[1]!.me).toEqual(boards[0]!.me);
});
