import { expect, test } from '@playwright/test';

/** With E2E_INSTANCES=2 the journeys run through a round-robin balancer; this checks that it really alternates. */
test('consecutive requests are served by different instances, and a guest keeps their identity across them', async ({ request }) => {
  test.skip(!process.env.DATABASE_URL || Number(process.env.E2E_INSTANCES || 1) < 2, 'only with two instances on PostgreSQL');
  const served = new Set<string>();
  for (let i = 0; i < 4; i++) served.add((await request.get('/api/health')).headers()['x-served-by'] ?? '');
  expect(served.size).toBe(2);
  // Start on one instance, submit on the other, read the board on either: same player, same attempt.
  const started = await request.post('/api/articles/rust-baldwin-dismissal/attempts', { data: { nickname: 'Two Servers' } });
  expect(started.status()).toBe(201);
  const { attemptId, questions } = (await started.json()) as { attemptId: string; questions: { id: string }[] };
  const answers = Object.fromEntries(questions.map((q) => [q.id, 0]));
  const submitted = await request.post(`/api/attempts/${attemptId}/submit`, { data: { idempotencyKey: 'two-servers-1', answers } });
  expect(submitted.status()).toBe(200);
  const again = await request.post(`/api/attempts/${attemptId}/submit`, { data: { idempotencyKey: 'two-servers-1', answers } });
  expect((await again.json()).alreadySubmitted).toBe(true);
  // Either instance finds the same player's row.
  const rows = await Promise.all([0, 1].map(async () => (await (await request.get('/api/articles/rust-baldwin-dismissal/leaderboard/me')).json()).row));
  expect(rows[0]).toMatchObject({ nickname: 'Two Servers' });
  expect(rows[1]).toEqual(rows[0]);
});
