import { expect, test } from '@playwright/test';
import net from 'node:net';
import { answersFor, type DealtQuestion } from './support/any-answer';
import { openCheckDb } from './support/check-db';
import { freshDataDir, HttpPlayer, pool, startServer, type AppServer } from './support/app-server';

// Beside the journeys' own server (E2E_PORT, 3123 by default), so runs on one machine with other ports do not collide.
const basePort = Number(process.env.E2E_PORT || 3123);

/**
 * Faults, over HTTP against servers this file starts and kills itself (no browser needed): a SIGKILL in the
 * middle of a burst of submits, and the database going away under load and coming back.
 */
const SLUG = 'rust-baldwin-dismissal';
const PLAYERS = 300;

type Played = { player: HttpPlayer; attemptId: string; body: { idempotencyKey: string; answers: Record<string, unknown> } };

/** Starts one attempt per player over the JSON API and picks answers (a fixed pattern, so scores vary). */
async function startPlayers(base: string, count: number, tag: string): Promise<Played[]> {
  const played: Played[] = [];
  await pool(Array.from({ length: count }, (_, i) => i), 25, async (i) => {
    const player = new HttpPlayer(base);
    const res = await player.post(`/api/articles/${SLUG}/attempts`, { nickname: `${tag}${i}` });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const answers = answersFor(res.json.questions as DealtQuestion[], i);
    played[i] = { player, attemptId: res.json.attemptId as string, body: { idempotencyKey: `${tag}-key-${i}-x`, answers } };
  });
  return played;
}

test.describe.configure({ mode: 'serial' });

// Servers a test started are always stopped, even when it fails half-way.
const running = new Set<AppServer>();
// Test-only allowances: 300 players from one address (127.0.0.1) would meet the per-address start limit (60 in 10
// minutes), and scripted players answering in milliseconds would be kept off the board (2 s a question), leaving
// nothing to compare it with. Both limits have their own tests (tests/unit/db/board.test.ts).
const ALLOWANCES = { ATTEMPT_STARTS_PER_ADDRESS: '100000', RANKED_MIN_MS_PER_QUESTION: '0' };
async function start(opts: Parameters<typeof startServer>[0]): Promise<AppServer> {
  const server = await startServer({ ...opts, env: { ...ALLOWANCES, ...opts.env } });
  running.add(server);
  return server;
}
test.afterEach(async () => {
  for (const server of running) await server.kill('SIGKILL');
  running.clear();
});

test('SIGKILL during a burst of submits: every acknowledged score is stored once, and the leaderboard matches', async () => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir('kill');
  let server: AppServer = await start({ port: basePort + 2, dataDir, databaseUrl: process.env.DATABASE_URL });
  const played = await startPlayers(server.url, PLAYERS, 'kill');

  // The burst: all submits at once (40 in flight); the server is killed after the 120th acknowledgement.
  const acked = new Map<string, number>();
  let killed: Promise<void> | null = null;
  await pool(played, 40, async (p) => {
    try {
      const res = await p.player.post(`/api/attempts/${p.attemptId}/submit`, p.body);
      // Acknowledged = a success the client fully received (a kill can cut a response after its status line).
      if (res.status === 200 && typeof res.json.score === 'number') {
        acked.set(p.attemptId, res.json.score as number);
        if (acked.size === 120) killed ??= server.kill('SIGKILL');
      }
    } catch {
      /* connection cut by the kill: not acknowledged */
    }
  });
  await killed;
  expect(acked.size).toBeGreaterThanOrEqual(120);
  expect(acked.size).toBeLessThan(PLAYERS); // the kill really landed mid-burst

  // Restart on the same data; every player (acknowledged or not) sends the same submit again.
  server = await start({ port: basePort + 2, dataDir, databaseUrl: process.env.DATABASE_URL });
  const final = new Map<string, { score: number; again: boolean }>();
  await pool(played, 20, async (p) => {
    const res = await p.player.post(`/api/attempts/${p.attemptId}/submit`, p.body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    final.set(p.attemptId, { score: res.json.score as number, again: res.json.alreadySubmitted as boolean });
  });
  for (const [id, score] of acked) expect(final.get(id)).toEqual({ score, again: true }); // same answer, stored once

  const board = await new HttpPlayer(server.url).get(`/api/articles/${SLUG}/leaderboard`);
  await server.kill('SIGTERM');

  const db = await openCheckDb(dataDir);
  try {
    const ids = played.map((p) => p.attemptId);
    const rows = await db.query<{ id: string; score: number; answers: number; dealt: number }>(
      `select a.id, a.score, jsonb_array_length(a.plan) as dealt, (select count(*)::int from answers x where x.attempt_id = a.id) as answers
         from attempts a where a.id = any($1) and a.submitted_at is not null`,
      [ids],
    );
    const stored = new Map(rows.map((r) => [r.id, r]));
    const lost = [...acked.keys()].filter((id) => !stored.has(id));
    expect(lost, 'acknowledged submits missing from the database').toEqual([]);
    for (const [id, score] of acked) expect(stored.get(id)!.score).toBe(score);
    for (const r of rows) expect(r.answers).toBe(r.dealt); // each answer written once: one per dealt question
    // None twice: each player still has exactly one attempt.
    const perNick = await db.query<{ n: number }>(`select count(*)::int as n from attempts where nickname like 'kill%' and id = any($1) group by guest_id having count(*) > 1`, [ids]);
    expect(perNick).toEqual([]);
    // The leaderboard equals each player's first stored play, recomputed from the attempts table.
    const expected = await db.query<{ nickname: string; score: number }>(
      `select nickname, score from (
         select distinct on (coalesce('u:' || a.user_id, 'g:' || a.guest_id)) a.nickname, a.score, a.submitted_at, a.id
           from attempts a join quizzes q on q.id = a.quiz_id join articles r on r.id = q.article_id
          where r.slug = $1 and a.submitted_at is not null and a.student_id is null
          order by coalesce('u:' || a.user_id, 'g:' || a.guest_id), a.submitted_at, a.id) best
        order by score desc, submitted_at, id limit 50`,
      [SLUG],
    );
    const rowsShown = (board.json.rows as { nickname: string; score: number }[]).map((r) => [r.nickname, r.score]);
    expect(rowsShown).toEqual(expected.map((r) => [r.nickname, r.score]));
    console.log(`kill test: ${PLAYERS} submits, ${acked.size} acknowledged before SIGKILL, ${lost.length} lost`);
  } finally {
    await db.close();
  }
});

/** A TCP pass-through to PostgreSQL that the test can cut (every connection reset, new ones refused) and restore. */
async function dbProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    cut: async () => {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const s of sockets) s.resetAndDestroy();
      });
    },
    restore: listen,
  };
}

test('the database goes away under load: clear 503 "try again" answers, then recovery without a restart', async () => {
  test.skip(!process.env.DATABASE_URL, 'needs PostgreSQL (PGlite runs inside the server process)');
  test.setTimeout(120_000);
  const target = new URL(process.env.DATABASE_URL!);
  const proxy = await dbProxy(target);
  const via = new URL(process.env.DATABASE_URL!);
  via.hostname = '127.0.0.1';
  via.port = String(proxy.port);
  const dataDir = freshDataDir('outage');
  const server = await start({ port: basePort + 3, dataDir, databaseUrl: via.toString(), env: { DATABASE_POOL_MAX: '4' } });
  let ticker: NodeJS.Timeout | undefined;
  try {
    const played = await startPlayers(server.url, 60, 'outage');
    const reader = new HttpPlayer(server.url);
    expect((await reader.get(`/api/articles/${SLUG}/leaderboard`)).status).toBe(200);

    // Load runs throughout: every 100 ms a submit from one of the first 20 players and a leaderboard read, each
    // on its own (a slow answer does not hold the next request back).
    const acked = new Set<string>();
    type Outcome = { start: number; status: number; json: Record<string, unknown>; headers: Headers | null };
    const outcomes: Outcome[] = [];
    const inflight: Promise<void>[] = [];
    const send = (request: () => ReturnType<HttpPlayer['get']>) => {
      const start = Date.now();
      inflight.push(
        request().then(
          (res) => void outcomes.push({ start, ...res }),
          () => void outcomes.push({ start, status: 0, json: {}, headers: null }), // no answer at all (timeout)
        ),
      );
    };
    let i = 0;
    ticker = setInterval(() => {
      const p = played[i++ % 20]!;
      send(() => p.player.post(`/api/attempts/${p.attemptId}/submit`, p.body));
      send(() => reader.get(`/api/articles/${SLUG}/leaderboard`));
    }, 100);
    await new Promise((r) => setTimeout(r, 1000));
    await proxy.cut();
    const cutAt = Date.now();
    await new Promise((r) => setTimeout(r, 3000));
    await proxy.restore();
    const restoredAt = Date.now();
    // Recovery by itself: the same server answers normally again within a few seconds. Usually under one (the
    // reconnect backoff is capped at 1 s). The window is 10 s: a connection attempt that stalls is only given up
    // after connect_timeout (5 s), and a CI run once missed a 5 s window (cause not found). A connection that never
    // recovers still fails here, and the failure says what each try got.
    const polls: string[] = [];
    await expect
      .poll(
        async () => {
          const t0 = Date.now();
          // A player's board: its top may come from the data cache during an outage, but their own row is always live.
          const { status, json } = await played[0]!.player.get(`/api/articles/${SLUG}/leaderboard`);
          polls.push(`${status} after ${Date.now() - t0} ms: ${JSON.stringify(json).slice(0, 120)}`);
          if (process.env.FAULT_DEBUG) console.log('poll', polls.at(-1));
          return status;
        },
        { timeout: 10_000, intervals: [100] },
      )
      .toBe(200)
      .catch((err: Error) => {
        // What each try got (or that none came back): a hang and a run of 503s call for different fixes.
        throw new Error(`${err.message}\nmy rank after the database came back:\n${polls.join('\n') || '(no answer within 10 s)'}`);
      });
    const recoveryMs = Date.now() - restoredAt;
    clearInterval(ticker);
    await Promise.all(inflight);

    // Requests sent while the database was cut off: each answered, with 503 "try again" or a cached 200.
    const duringOutcomes = outcomes.filter((o) => o.start >= cutAt + 100 && o.start < restoredAt);
    const during = duringOutcomes.map((o) => o.status);
    const unavailable = duringOutcomes.filter((o) => o.status === 503).map((o) => ({ json: o.json, headers: o.headers! }));
    expect(during.length).toBeGreaterThanOrEqual(20);
    expect(during.filter((s) => s !== 503 && s !== 200), `statuses during the outage: ${during.join(',')}`).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const res of unavailable) {
      expect(String(res.json.error)).toMatch(/try again/i);
      expect(res.headers.get('retry-after')).toBe('5');
    }
    // The failure is in the server log as one JSON line carrying the id the client got in x-request-id.
    const requestId = unavailable[0]!.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = server.log().split('\n').find((l) => l.includes(requestId!));
    expect(line, 'log line for the failed request').toBeTruthy();
    expect(JSON.parse(line!)).toMatchObject({ level: 'error', requestId, kind: 'database-unavailable' });

    // Every player's submit goes through after the outage, and each acknowledged one is stored.
    await pool(played, 10, async (p) => {
      const res = await p.player.post(`/api/attempts/${p.attemptId}/submit`, p.body);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      acked.add(p.attemptId);
    });
    const db = await openCheckDb(dataDir);
    try {
      const rows = await db.query<{ n: number }>(`select count(*)::int as n from attempts where id = any($1) and submitted_at is not null`, [[...acked]]);
      expect(rows[0]!.n).toBe(60);
    } finally {
      await db.close();
    }
    console.log(`outage test: ${during.length} responses during a 3 s cut, ${during.filter((s) => s === 503).length} of them 503; back to 200 ${recoveryMs} ms after the database returned`);
  } finally {
    clearInterval(ticker);
    await server.kill('SIGKILL');
    await proxy.cut().catch(() => {});
  }
});
