import { expect, test } from '@playwright/test';
import { answersFor, type DealtQuestion } from './support/any-answer';

/** The JSON API refuses bad requests with a clear message and a 4xx, and changes nothing. */
const SLUG = 'rust-baldwin-dismissal';

test('bad API requests get clear 4xx answers; a good one starts, submits once and ranks', async ({ request, playwright, baseURL }) => {
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
  const { attemptId, questions } = (await started.json()) as { attemptId: string; questions: (DealtQuestion & { answer?: unknown })[] };
  expect(questions.length).toBeGreaterThan(0);
  // No key: only what the question shows (how many to pick is part of the question, never which).
  for (const q of questions) expect(['id', 'kind', 'options', 'partB', 'pick', 'prompt', 'skill']).toEqual(expect.arrayContaining(Object.keys(q)));
  const submit = `/api/attempts/${attemptId}/submit`;
  const missing = await request.post(submit, { data: { idempotencyKey: 'api-ann-1', answers: {} } });
  expect(missing.status()).toBe(422);
  // Every blank question is named, with the ids to go to.
  const refused = await missing.json();
  expect(refused.error).toMatch(questions.length > 1 ? /^Questions 1(, \d+)* and \d+ have no answer yet\.$/ : /^Question 1 has no answer yet/);
  if (questions.length > 1) expect(refused.missing).toEqual(questions.map((q) => q.id));
  const answers = answersFor(questions);
  const first = await request.post(submit, { data: { idempotencyKey: 'api-ann-1', answers } });
  expect(first.status()).toBe(200);
  const again = await request.post(submit, { data: { idempotencyKey: 'api-ann-2', answers: answersFor(questions, 1) } });
  const [a, b] = [await first.json(), await again.json()];
  expect(a.alreadySubmitted).toBe(false);
  expect(b).toEqual({ ...a, alreadySubmitted: true }); // the second submit changes nothing
  // Right after the submit the board holds the player's row, marked as theirs, in its place by rank.
  const board = await (await request.get(`/api/articles/${SLUG}/leaderboard`)).json();
  expect(board.me).toMatchObject({ nickname: 'Api Ann', score: a.score, mine: true });
  expect(board.me.rank).toBeGreaterThan(0);
  expect(board.rows.filter((r: { mine: boolean }) => r.mine)).toEqual([board.me]);
  // It carries no attempt ids and no player keys.
  for (const row of board.rows) expect(Object.keys(row).sort()).toEqual(['durationMs', 'maxScore', 'mine', 'nickname', 'rank', 'score', 'submittedAt', 'weightedScore']);
  // The confidence board holds the same row, ranked by its weighted marks (no confidence given: equal to the score).
  const byMarks = await (await request.get(`/api/articles/${SLUG}/leaderboard?by=confidence`)).json();
  expect(byMarks.me).toMatchObject({ nickname: 'Api Ann', score: a.score, weightedScore: a.score, mine: true });
  const marks = byMarks.rows.map((r: { weightedScore: number }) => r.weightedScore);
  expect(marks).toEqual([...marks].sort((x, y) => y - x));
  // Another visitor gets the same top, with no row of theirs.
  const other = await playwright.request.newContext({ baseURL });
  const theirs = await (await other.get(`/api/articles/${SLUG}/leaderboard`)).json();
  expect(theirs.me).toBeNull();
  expect(theirs.rows.filter((r: { mine: boolean }) => r.mine)).toEqual([]);
  await other.dispose();
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

test('a guest can start 10 quizzes in 10 minutes over the API; the 11th gets 429 with Retry-After', async ({ request, playwright, baseURL }) => {
  // Before this limit a script started (and, knowing the key, finished) hundreds a minute with one guest cookie.
  const start = `/api/articles/${SLUG}/attempts`;
  for (let n = 0; n < 10; n++) {
    const res = await request.post(start, { data: { nickname: 'Quick Quin' } });
    expect(res.status(), await res.text()).toBe(201);
    const { attemptId, questions } = (await res.json()) as { attemptId: string; questions: DealtQuestion[] };
    // Starting again before submitting resumes the same attempt, and does not count.
    const again = await request.post(start, { data: { nickname: 'Quick Quin' } });
    expect(again.status()).toBe(200);
    expect((await again.json()).attemptId).toBe(attemptId);
    const submitted = await request.post(`/api/attempts/${attemptId}/submit`, {
      data: { idempotencyKey: `quin-${n}-${attemptId.slice(0, 8)}`, answers: answersFor(questions) },
    });
    expect(submitted.status()).toBe(200);
  }
  const refused = await request.post(start, { data: { nickname: 'Quick Quin' } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(500);
  expect((await refused.json()).error).toMatch(/started a lot of quizzes in a short time\. Try again in \d+ minutes/);
  // Another guest (a new cookie, the same address, allowed many here) is not held back by Quin's limit.
  const fresh = await playwright.request.newContext({ baseURL });
  const other = await fresh.post(start, { data: { nickname: 'Other Olly' } });
  expect(other.status()).toBe(201);
  await fresh.dispose();
});

test('a new result is in the top every visitor sees at once, not when the cached top expires', async ({ request, playwright, baseURL }) => {
  test.skip(!!process.env.DATABASE_URL && Number(process.env.E2E_INSTANCES || 1) > 1, 'a tag cleared on one instance leaves the other its copy, at most 2 s old (instances.spec.ts)');
  const board = `/api/articles/${SLUG}/leaderboard`;
  const visitor = await playwright.request.newContext({ baseURL });
  await visitor.get(board); // the top is now in the data cache
  const started = await request.post(`/api/articles/${SLUG}/attempts`, { data: { nickname: 'Fresh Fay' } });
  const { attemptId, questions } = (await started.json()) as { attemptId: string; questions: DealtQuestion[] };
  const answers = answersFor(questions);
  expect((await request.post(`/api/attempts/${attemptId}/submit`, { data: { idempotencyKey: 'fresh-fay-1', answers } })).status()).toBe(200);
  const { me } = await (await request.get(board)).json();
  expect(me).toMatchObject({ nickname: 'Fresh Fay', mine: true });
  if (me.rank <= 50) {
    const { rows } = await (await visitor.get(board)).json();
    expect(rows.find((r: { nickname: string }) => r.nickname === 'Fresh Fay')).toMatchObject({ rank: me.rank, mine: false });
  }
  await visitor.dispose();
});
