import { expect, test } from '@playwright/test';

/** The JSON API refuses bad requests with a clear message and a 4xx, and changes nothing. */
const SLUG = 'rust-baldwin-dismissal';

test('bad API requests get clear 4xx answers; a good one starts, submits once and ranks', async ({ request }) => {
  const start = `/api/articles/${SLUG}/attempts`;
  const cases: { name: string; res: Promise<{ status(): number; json(): Promise<{ error?: string }> }>; status: number; message: RegExp }[] = [
    { name: 'not JSON', res: request.post(start, { headers: { 'content-type': 'text/plain' }, data: 'nickname=a' }), status: 415, message: /JSON/ },
    { name: 'other site', res: request.post(start, { headers: { origin: 'https://evil.example' }, data: { nickname: 'Eve' } }), status: 403, message: /other sites/ },
    { name: 'broken JSON', res: request.post(start, { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"nickname":') }), status: 400, message: /not valid JSON/ },
    { name: 'markup nickname', res: request.post(start, { data: { nickname: '<b></b>' } }), status: 400, message: /letter or number/ },
    { name: 'huge body', res: request.post(start, { data: { nickname: 'x'.repeat(5000) } }), status: 413, message: /too large/ },
    { name: 'unknown article', res: request.post('/api/articles/no-such-thing/attempts', { data: { nickname: 'Al' } }), status: 404, message: /No such article/ },
    { name: 'odd slug', res: request.get('/api/articles/%00%2e%2e/leaderboard'), status: 404, message: /No such article/ },
    { name: 'no player', res: request.post('/api/attempts/AAAAAAAAAAAAAAAAAAAAAA/submit', { data: { idempotencyKey: 'abcdefgh', answers: {} } }), status: 401, message: /who you are/ },
  ];
  for (const c of cases) {
    const res = await c.res;
    expect(res.status(), c.name).toBe(c.status);
    expect((await res.json()).error, c.name).toMatch(c.message);
  }

  const started = await request.post(start, { data: { nickname: 'Api Ann' } });
  expect(started.status()).toBe(201);
  const { attemptId, questions } = (await started.json()) as { attemptId: string; questions: { id: string; options: string[]; answer?: unknown }[] };
  expect(questions.length).toBeGreaterThan(0);
  for (const q of questions) expect(Object.keys(q).sort()).toEqual(['id', 'options', 'prompt', 'skill']); // no key
  const submit = `/api/attempts/${attemptId}/submit`;
  const missing = await request.post(submit, { data: { idempotencyKey: 'api-ann-1', answers: {} } });
  expect(missing.status()).toBe(422);
  expect((await missing.json()).error).toMatch(/Question 1 has no answer/);
  const answers = Object.fromEntries(questions.map((q) => [q.id, 0]));
  const first = await request.post(submit, { data: { idempotencyKey: 'api-ann-1', answers } });
  expect(first.status()).toBe(200);
  const again = await request.post(submit, { data: { idempotencyKey: 'api-ann-2', answers: Object.fromEntries(questions.map((q) => [q.id, 1])) } });
  const [a, b] = [await first.json(), await again.json()];
  expect(a.alreadySubmitted).toBe(false);
  expect(b).toEqual({ ...a, alreadySubmitted: true }); // the second submit changes nothing
  const me = await (await request.get(`/api/articles/${SLUG}/leaderboard/me`)).json();
  expect(me.row).toMatchObject({ nickname: 'Api Ann', score: a.score });
  expect(me.row.rank).toBeGreaterThan(0);
  // The public board is the same for everyone and carries no attempt ids.
  const board = await (await request.get(`/api/articles/${SLUG}/leaderboard`)).json();
  for (const row of board.rows) expect(Object.keys(row).sort()).toEqual(['durationMs', 'maxScore', 'nickname', 'player', 'rank', 'score', 'submittedAt']);
});

test('every API answer carries a request id of our own, never one the client chose', async ({ request }) => {
  const forged = '00000000-0000-4000-8000-000000000000';
  // The submit route skips the proxy (it makes its own id); the start route goes through it.
  const answers = [
    await request.post('/api/attempts/AAAAAAAAAAAAAAAAAAAAAA/submit', { headers: { 'x-request-id': forged }, data: { idempotencyKey: 'abcdefgh', answers: {} } }),
    await request.post(`/api/articles/${SLUG}/attempts`, { headers: { 'x-request-id': forged }, data: { nickname: '<b>' } }),
  ];
  const ids = answers.map((res) => res.headers()['x-request-id']);
  for (const id of ids) {
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(id).not.toBe(forged);
  }
  expect(new Set(ids).size).toBe(2);
  // Other paths that skip the proxy answer JSON, not an HTML page without its policy.
  const stray = await request.get('/api/attempts/whatever');
  expect(stray.status()).toBe(404);
  expect(stray.headers()['content-type']).toContain('application/json');
});
