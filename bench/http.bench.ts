/**
 * `npm run bench`: throughput and latency of what students, teachers and guests get, each against the framework's own
 * ceiling on the same server: a minimal dynamic page that reads the caller's session (for pages), a minimal static
 * page, and a minimal route handler (for the API). The ceilings are pages of the benchmark's own build
 * (page.bench.tsx files under app/ceiling, built into .next-bench with BENCH_CEILING=1; see next.config.js), never shipped.
 * Runs with 10,000 and then 1,000,000 seeded attempts (10,000 players, one article), on PostgreSQL
 * (BENCH_DATABASE_URL, default the local `bench` database, dropped and created afresh). Prints a table with each
 * figure's ratio to its ceiling and its budget, the client JavaScript each page ships, and the server's peak memory.
 * Each ratio is against its ceiling measured in slices alternating with the target's own (the ceiling page is
 * requested with the target's own cookie), because the machine's speed drifts within a run.
 *
 *   npm run bench                   full run (10 s per endpoint)
 *   npm run bench -- --quick --json shorter run, one JSON line: {"results":[{name,rps,p50,p99,ratio,budget}]}
 *   npm run bench -- --only submit  the ceilings and the matching targets, at 10,000 attempts only
 *   npm run bench -- --only 'class page,result page'   several targets: any of the comma-separated names
 *
 * BENCH_SECONDS=N measures each endpoint for N seconds instead of 10 (a longer run evens out a busy machine's drift).
 * BENCH_PROFILE=DIR writes a V8 CPU profile of the server to DIR (open it in Chrome's DevTools); BENCH_CONNECTIONS=N
 * changes the 20 concurrent connections.
 */
import autocannon from 'autocannon';
import bcrypt from 'bcryptjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { freshBenchDatabase } from './fresh-database';
import { freshDataDir, startServer, type AppServer } from '../tests/e2e/support/app-server';
import { answersFor, type DealtQuestion } from '../tests/e2e/support/any-answer';
import type { ShownAnswer } from '../lib/quiz/sheet';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, only: { type: 'string' } } });
const log = (...xs: unknown[]) => (args.json ? console.error(...xs) : console.log(...xs));
const DURATION = Number(process.env.BENCH_SECONDS) || (args.quick ? 3 : 10);
const SLICES = args.quick ? 3 : 5;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const SLUG = 'rust-baldwin-dismissal';
const PORT = Number(process.env.BENCH_PORT || 3140);
const SIZES = args.only ? [10_000] : [10_000, 1_000_000];

const url = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/bench';
process.env.DATABASE_URL = url;
process.env.AUTH_SECRET ||= 'bench-secret-0123456789abcdef0123456789abcdef';
process.env.BENCH_CEILING = '1';
await freshBenchDatabase(url);

const { buildIfNeeded } = await import('../scripts/build-if-needed.mjs');
const { serverNodeOptions } = await import('../scripts/server-options.mjs');
buildIfNeeded();
const { seedAttempts } = await import('./seed-attempts');
const { getDb, closeDb } = await import('../lib/db/client');
const { sql } = await import('drizzle-orm');
const { rowsOf } = await import('../lib/db/rows');
const { newGuestToken } = await import('../lib/auth/guest-token');
const { createUser } = await import('../lib/db/queries/users');
const { createClass } = await import('../lib/db/queries/classes');
const { joinClass } = await import('../lib/db/queries/students');
const { createAssignment } = await import('../lib/db/queries/assignments');
const { startAssignmentAttempt } = await import('../lib/server/start-attempt');
const { getAttempt } = await import('../lib/server/attempt-view');
const { submitAttempt } = await import('../lib/server/submit-attempt');
const { SKILLS } = await import('../lib/quiz/types');
const { toPublicQuestion } = await import('../lib/quiz/select');
const { createStudentSession } = await import('../lib/db/queries/sessions');
const { studentToken } = await import('../lib/auth/student');

type Result = { name: string; rps: number; p50: number; p99: number; ratio: number; budget: number | null; errors?: number };
type Target = { name: string; path: string; ceiling: 'static' | 'dynamic' | 'handler' | 'post' | null; budget: number | null; cookie?: string; submit?: boolean; page?: boolean; post?: boolean };

/**
 * A teacher with a class of 30 who have all submitted one assignment: the results page, its polled API and the
 * teacher's cookie, and one student's cookie and result page.
 */
async function teacherWithClass(server: AppServer): Promise<{ path: string; api: string; cookie: string; student: { cookie: string; result: string } }> {
  const email = `bench-${Date.now()}@example.com`;
  const teacher = (await createUser({ email, name: 'Bench Teacher', passwordHash: await bcrypt.hash('bench-password-1', 10) }))!;
  const cls = await createClass({ teacherId: teacher.id, name: 'Bench class' });
  const a = (await createAssignment({
    teacherId: teacher.id, classId: cls.id, articleSlug: SLUG, questionCount: 10, skills: [...SKILLS],
    opensAt: new Date(Date.now() - 60_000), closesAt: new Date(Date.now() + 86_400_000), attemptsAllowed: 1,
    revealAnswers: 'after-submit', showLeaderboard: true, note: null,
  }))!;
  let student: { cookie: string; result: string } | null = null;
  for (let i = 0; i < 30; i++) {
    const joined = await joinClass({ code: cls.joinCode, nickname: `Student ${i + 1}` });
    if (!joined.ok) throw new Error(joined.error);
    const player = { studentId: joined.student.id };
    const started = await startAssignmentAttempt({ assignmentId: a.id, studentId: joined.student.id, nickname: joined.student.nickname });
    if (!started?.ok) throw new Error('could not start a class attempt');
    const view = (await getAttempt({ id: started.attemptId, player }))!;
    // An answer of each question's own shape (ordering, several options, sentences…), varied so that scores vary: a
    // bare option index is refused for the other kinds, which left the whole class unsubmitted (and the "result page"
    // target measuring the quiz form) until this checked the outcome.
    const shown = answersFor(view.dealt.map((d) => toPublicQuestion(d.question, d.order)), i) as Record<string, ShownAnswer>;
    const submitted = await submitAttempt({ id: started.attemptId, player, shown, idempotencyKey: `bench-class-${i}-x` });
    if (!submitted?.ok) throw new Error(`a class attempt was not submitted: ${JSON.stringify(submitted)}`);
    if (!student) {
      const sessionId = await createStudentSession({ studentId: joined.student.id, maxAgeSeconds: 3_600 });
      student = { cookie: `fq_student=${studentToken(joined.student.id, joined.student.sessionVersion, sessionId)}`, result: `/attempts/${started.attemptId}` };
    }
  }
  // Sign in over HTTP as a browser would, to get a real session cookie.
  const csrf = await fetch(`${server.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${server.url}/api/auth/callback/credentials`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ email, password: 'bench-password-1', csrfToken, callbackUrl: '/teacher' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`teacher sign-in failed (${res.status})`);
  return { path: `/teacher/assignments/${a.id}`, api: `/api/teacher/assignments/${a.id}/results`, cookie: session.split(';')[0]!, student: student! };
}

/**
 * Open attempts, each by a different guest (as in a class or a crowd: one player does not submit hundreds of times a
 * second, and one player's submits would all queue on their single leaderboard row), so that every submit request
 * in the run grades a fresh attempt.
 */
async function openAttempts(count: number): Promise<{ ids: string[]; cookies: string[]; body: (i: number) => string; next: number }> {
  const db = await getDb();
  // Ten single-choice questions (no `key`), each dealt with all its options in order: a bare option index is the
  // answer of this kind only, and a plan of other kinds (or of two-option orders) made every submit a refusal that
  // the run counted as throughput (3,675 errors in one run).
  const chosen = rowsOf<{ quiz: string; id: string; n: number }>(await db.execute(
    sql`select q.id as quiz, x.id, jsonb_array_length(x.options) as n
          from quizzes q join articles a on a.id = q.article_id join questions x on x.quiz_id = q.id
         where a.slug = ${SLUG} and x.key is null and x.part_b_prompt is null
           and q.id = (select q2.id from quizzes q2 join articles a2 on a2.id = q2.article_id where a2.slug = ${SLUG} order by q2.id desc limit 1)
         order by x.id limit 10`,
  ));
  // Up to ten (the seed's bank holds nine since repeats were taken out of banks); a sheet of this size is graded the same way.
  if (chosen.length < 5) throw new Error(`the bench article has only ${chosen.length} single-choice questions`);
  const row = { id: chosen[0]!.quiz, plan: chosen.map((c) => ({ questionId: c.id, order: Array.from({ length: Number(c.n) }, (_, k) => k) })) };
  const prefix = `bsub${Date.now().toString(36)}`;
  const guests = Array.from({ length: count }, () => newGuestToken());
  const ids = guests.map((_, n) => `${prefix}${String(n + 1).padStart(8, '0')}`);
  await db.execute(sql`
    insert into attempts (id, quiz_id, guest_id, nickname, plan, max_score)
    select x.id, ${row.id}, x.guest_id, 'Bench submitter ' || x.n, ${JSON.stringify(row.plan)}::jsonb, ${row.plan.length}
      from jsonb_to_recordset(${JSON.stringify(guests.map((g, n) => ({ id: ids[n], guest_id: g.id, n })))}::jsonb) as x(id text, guest_id text, n int)`);
  await db.execute(sql`analyze attempts`); // as autovacuum would after so many new rows (see seed-attempts.ts)
  const answers = JSON.stringify(Object.fromEntries(row.plan.map((p, k) => [p.questionId, k % 2])));
  return {
    ids,
    cookies: guests.map((g) => `fq_guest=${g.value}`),
    body: (i) => `{"idempotencyKey":"bench-${i}-key","answers":${answers}}`,
    next: 0,
  };
}

/** A guest who has played once (so pages compute "my rank"); their cookie. */
async function playedGuest(server: AppServer): Promise<string> {
  const start = await fetch(`${server.url}/api/articles/${SLUG}/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nickname":"Bench reader"}' });
  const cookie = start.headers.getSetCookie().find((c) => c.startsWith('fq_guest='))!.split(';')[0]!;
  const { attemptId, questions } = (await start.json()) as { attemptId: string; questions: DealtQuestion[] };
  await fetch(`${server.url}/api/attempts/${attemptId}/submit`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ idempotencyKey: 'bench-reader-1', answers: answersFor(questions) }),
  });
  return cookie;
}

/** The open attempts a submit target hands in, and how far it has got through them. */
type Submits = Awaited<ReturnType<typeof openAttempts>>;
type Slice = { requests: number; seconds: number; latencies: number[]; errors: number; cpu: { app: number; db: number; machine: number } };
type Measured = { rps: number; p50: number; p99: number; errors: number; appCpu: number; dbCpu: number; machineCpu: number };

/** One run of autocannon against a target: its requests, every response time, and the CPU each side used meanwhile. */
async function load(server: AppServer, t: Target, submits?: Submits, duration = DURATION): Promise<Slice> {
  const opts: autocannon.Options = {
    url: server.url + t.path, connections: CONNECTIONS, duration,
    headers: { ...(t.cookie ? { cookie: t.cookie } : {}), ...(t.page ? { accept: 'text/html,application/xhtml+xml' } : {}) },
  };
  if (t.post && submits) {
    // The POST ceiling: one submitter's own request (cookie and body) to a handler that reads it and stops there.
    opts.method = 'POST';
    opts.headers = { 'content-type': 'application/json', cookie: submits.cookies[0]! };
    opts.body = submits.body(0);
  }
  if (t.submit && submits) {
    opts.method = 'POST';
    opts.headers = { 'content-type': 'application/json' };
    opts.requests = [{
      setupRequest: (req) => {
        // The counter lives with the attempts, so that no slice of a run submits an attempt another slice did.
        const i = submits.next++ % submits.ids.length;
        return { ...req, path: `/api/attempts/${submits.ids[i]}/submit`, headers: { ...req.headers, cookie: submits.cookies[i]! }, body: submits.body(i) };
      },
    }];
  }
  const latencies: number[] = [];
  const before = cpuSeconds(server.proc.pid!);
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    run.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const after = cpuSeconds(server.proc.pid!);
  // Past the last open attempt the ids would wrap round, and a repeated submit is a cheap "already submitted".
  if (submits && submits.next > submits.ids.length) throw new Error(`The submit target ran out of open attempts (${submits.ids.length}); open more in openAttempts.`);
  return {
    requests: r.requests.total, seconds: r.duration, latencies, errors: r.errors + r.timeouts + r.non2xx,
    cpu: { app: after.app - before.app, db: after.db - before.db, machine: after.machine - before.machine },
  };
}

/** Slices of one target taken together: throughput over their whole time, percentiles over every response, CPU per request (ms). */
function combine(slices: Slice[]): Measured {
  const requests = slices.reduce((s, x) => s + x.requests, 0);
  const seconds = slices.reduce((s, x) => s + x.seconds, 0);
  const all = slices.flatMap((x) => x.latencies).sort((a, b) => a - b);
  const pct = (q: number) => (all.length ? Math.round(all[Math.min(all.length - 1, Math.floor(q * all.length))]!) : 0);
  const perRequest = (k: 'app' | 'db' | 'machine') => (requests ? (slices.reduce((s, x) => s + x.cpu[k], 0) * 1000) / requests : 0);
  return { rps: seconds ? requests / seconds : 0, p50: pct(0.5), p99: pct(0.99), errors: slices.reduce((s, x) => s + x.errors, 0), appCpu: perRequest('app'), dbCpu: perRequest('db'), machineCpu: perRequest('machine') };
}

/**
 * A target and its ceiling measured in alternating slices (SLICES of each, DURATION seconds of each in all), the
 * order swapped every pair. The machine's speed drifts by tens of percent within a minute (2 shared cores), so a
 * ratio is only fair between figures taken under the same conditions: side by side, not minutes apart.
 */
async function paired(server: AppServer, t: Target, ceilingPage: Target, submits: Submits) {
  const slice = DURATION / SLICES;
  // The dynamic ceiling reads the same session the target does.
  const ceiling = ceilingPage.path === '/ceiling/session' ? { ...ceilingPage, cookie: t.cookie } : ceilingPage;
  const target: Slice[] = [];
  const base: Slice[] = [];
  for (let i = 0; i < SLICES; i++) {
    if (i % 2 === 0) {
      base.push(await load(server, ceiling, submits, slice));
      target.push(await load(server, t, submits, slice));
    } else {
      target.push(await load(server, t, submits, slice));
      base.push(await load(server, ceiling, submits, slice));
    }
  }
  return { target: combine(target), ceiling: combine(base) };
}

/** CPU seconds used so far by the server's process tree, by every PostgreSQL process and by the whole machine (from /proc, Linux only). */
function cpuSeconds(serverPid: number): { app: number; db: number; machine: number } {
  const tick = 100; // USER_HZ on Linux
  // The whole machine too (every process, the kernel's threads and interrupts), from the first line of /proc/stat.
  const all = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const busy = all.reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + v), 0) / tick; // less idle and iowait
  const out = { app: 0, db: 0, machine: busy };
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp … utime(14) stime(15): comm may contain spaces, so split after its ')'.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(f[11]) + Number(f[12])) / tick;
    if (comm === 'postgres') out.db += seconds;
    else if (Number(entry) === serverPid || Number(f[2]) === serverPid) out.app += seconds;
  }
  return out;
}

function rssMb(pid: number): number {
  // The server and any children it started.
  const out = execFileSync('ps', ['-o', 'rss=', '--ppid', String(pid), '-p', String(pid)]).toString();
  return out.split('\n').filter(Boolean).reduce((s, l) => s + Number(l.trim()), 0) / 1024;
}

/** Client JavaScript a page loads, gzipped: every external script in its HTML. */
async function clientJsKb(server: AppServer, path: string, cookie?: string): Promise<number> {
  const html = await (await fetch(server.url + path, { headers: { ...(cookie ? { cookie } : {}), accept: 'text/html' } })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let total = 0;
  for (const src of srcs) total += gzipSync(Buffer.from(await (await fetch(new URL(src, server.url))).arrayBuffer())).length;
  return total / 1024;
}

const results: Result[] = [];
const growth: Record<string, { rps: number; ratio: number }[]> = {};
let peakRss = 0;
const dataDir = freshDataDir('bench');
for (const size of SIZES) {
  log(`\nSeeding ${size.toLocaleString('en')} attempts over 10,000 players…`);
  const seeded = await seedAttempts({ attempts: size, players: 10_000 });
  log(`  done in ${seeded.seconds.toFixed(1)} s`);
  const server = await startServer({ port: PORT, dataDir, databaseUrl: url, env: { AUTH_SECRET: process.env.AUTH_SECRET!, NODE_OPTIONS: serverNodeOptions() }, nodeArgs: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [] });
  const sampler = setInterval(() => { try { peakRss = Math.max(peakRss, rssMb(server.proc.pid!)); } catch { /* exited */ } }, 250);
  try {
    const reader = await playedGuest(server);
    const teacher = await teacherWithClass(server);
    const submits = await openAttempts(args.quick ? 8_000 : 25_000);
    const { student } = teacher;
    const targets: Target[] = [
      // Pages are requested as a browser loads a document (Accept: text/html). Guests have played once (so pages
      // show their own row); the student and the teacher are signed in, in a class of 30 that has submitted.
      { name: 'ceiling: static page', path: '/ceiling', ceiling: null, budget: null, page: true },
      { name: 'ceiling: dynamic page (reads the session)', path: '/ceiling/session', ceiling: null, budget: null, cookie: reader, page: true },
      { name: 'ceiling: route handler', path: '/api/health', ceiling: null, budget: null },
      // A submit's own request read and checked (origin, size, schema, the caller's cookie) by a handler that stops
      // there: what any state-changing call costs before its first query (bench-only route, see next.config.js).
      { name: 'ceiling: POST route handler (a submit, no database)', path: '/api/attempts/ceiling', ceiling: null, budget: null, post: true },
      { name: 'guest: home page', path: '/', ceiling: 'dynamic', budget: 0.6, cookie: reader, page: true },
      { name: 'guest: article page', path: `/articles/${SLUG}`, ceiling: 'dynamic', budget: 0.6, cookie: reader, page: true },
      { name: 'guest: quiz page', path: `/articles/${SLUG}/quiz`, ceiling: 'dynamic', budget: 0.6, cookie: reader, page: true },
      { name: 'guest: leaderboard page', path: `/articles/${SLUG}/leaderboard`, ceiling: 'dynamic', budget: 0.6, cookie: reader, page: true },
      { name: 'guest: leaderboard API', path: `/api/articles/${SLUG}/leaderboard`, ceiling: 'handler', budget: null, cookie: reader },
      { name: 'student: class page', path: '/class', ceiling: 'dynamic', budget: 0.6, cookie: student.cookie, page: true },
      { name: 'student: article page', path: `/articles/${SLUG}`, ceiling: 'dynamic', budget: 0.6, cookie: student.cookie, page: true },
      { name: 'student: result page', path: student.result, ceiling: 'dynamic', budget: 0.6, cookie: student.cookie, page: true },
      { name: 'teacher: live results poll (class of 30)', path: teacher.api, ceiling: 'dynamic', budget: 0.3, cookie: teacher.cookie },
      { name: 'teacher: results page (class of 30)', path: teacher.path, ceiling: 'dynamic', budget: 0.6, cookie: teacher.cookie, page: true },
      { name: 'submit', path: '/api/attempts/:id/submit', ceiling: 'handler', budget: 0.35, submit: true },
      { name: 'submit, against the POST ceiling', path: '/api/attempts/:id/submit', ceiling: 'post', budget: null, submit: true },
    ];
    // `--only submit` measures the ceilings and the targets whose name contains "submit" (or any of a comma-separated list).
    const only = args.only?.split(',').map((s) => s.trim()).filter(Boolean);
    if (only) targets.splice(0, targets.length, ...targets.filter((t) => t.name.startsWith('ceiling') || only.some((o) => t.name.includes(o))));
    // Warm up each route once (compiles nothing in production, but fills connection pools and caches).
    for (const t of targets) if (!t.submit && !t.post) await fetch(server.url + t.path, { headers: { ...(t.cookie ? { cookie: t.cookie } : {}), accept: 'text/html' } });
    const ceilingTargets = { static: targets.find((t) => t.path === '/ceiling')!, dynamic: targets.find((t) => t.path === '/ceiling/session')!, handler: targets.find((t) => t.path === '/api/health')!, post: targets.find((t) => t.post)! };
    for (const t of targets) {
      // Each ratio is against its ceiling measured in the slices between the target's own (see `paired`).
      const m = t.ceiling ? await paired(server, t, ceilingTargets[t.ceiling], submits) : null;
      const r = m ? m.target : combine([await load(server, t, submits)]);
      const ratio = m ? r.rps / m.ceiling.rps : 1;
      const name = `${t.name} @${size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`}`;
      results.push({ name, rps: Math.round(r.rps), p50: r.p50, p99: r.p99, ratio: Number(ratio.toFixed(3)), budget: t.budget, errors: r.errors });
      (growth[t.name] ??= []).push({ rps: r.rps, ratio });
      log(`  ${name.padEnd(52)} ${String(Math.round(r.rps)).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms  ratio ${ratio.toFixed(2)}${m ? ` of ${Math.round(m.ceiling.rps)}` : ''}${t.budget ? ` (budget ≥ ${t.budget})` : ''}${r.errors ? `  ${r.errors} errors${r.errors > 0.01 * r.rps * DURATION ? ' (MORE THAN 1% FAILED: this figure measures refusals, not the target)' : ''}` : ''}  cpu/req app ${r.appCpu.toFixed(2)} ms db ${r.dbCpu.toFixed(2)} ms machine ${r.machineCpu.toFixed(2)} ms${m ? ` (its ceiling's app ${m.ceiling.appCpu.toFixed(2)} ms: CPU ratio ${(m.ceiling.appCpu / r.appCpu).toFixed(2)})` : ''}`);
    }
    if (size === SIZES[0] && !args.only) {
      log('\nClient JavaScript (gzip), from the build served by this run:');
      const base = await clientJsKb(server, '/ceiling');
      for (const [name, path, budget] of [['article page', `/articles/${SLUG}`, 10], ['quiz page', `/articles/${SLUG}/quiz`, 40]] as const) {
        const kb = await clientJsKb(server, path, reader);
        log(`  ${name.padEnd(14)} ${kb.toFixed(1)} KB, ${(kb - base).toFixed(1)} KB over the minimal page's ${base.toFixed(1)} KB (budget ≤ ${budget} KB more)`);
        results.push({ name: `${name} JS over minimal (KB gzip)`, rps: 0, p50: 0, p99: 0, ratio: Number((kb - base).toFixed(1)), budget });
      }
    }
    // The submit target's players (one per submit) would otherwise stay on the board for the next size, and "my
    // rank" counts the rows ahead: only the seeded attempts and players may differ between the two sizes.
    const db = await getDb();
    await db.execute(sql`delete from leaderboard_entries where attempt_id like 'bsub%'`);
    await db.execute(sql`delete from attempts where id like 'bsub%'`);
  } finally {
    clearInterval(sampler);
    await server.kill('SIGTERM');
  }
}
for (const name of ['guest: leaderboard page', 'guest: leaderboard API', 'student: class page', 'submit']) {
  if (!growth[name] || growth[name].length < 2) continue;
  const [small, big] = growth[name];
  // Throughput at 1M over throughput at 10k, each taken relative to the ceiling measured beside it: the two sizes
  // run minutes apart, and the machine's own speed drifts by more than the data changes (the raw figure is shown too).
  const ratio = big!.ratio / small!.ratio;
  const raw = big!.rps / small!.rps;
  results.push({ name: `growth: ${name} 1M / 10k`, rps: Math.round(big!.rps), p50: 0, p99: 0, ratio: Number(ratio.toFixed(3)), budget: 0.9 });
  log(`growth: ${name} at 1M is ${ratio.toFixed(2)} of its throughput at 10k, each against its ceiling (budget ≥ 0.9; raw req/s ${raw.toFixed(2)})`);
}
results.push({ name: 'server peak RSS (MB)', rps: 0, p50: 0, p99: 0, ratio: Math.round(peakRss), budget: 300 });
log(`server peak memory under load: ${peakRss.toFixed(0)} MB (budget < 300 MB)`);
await closeDb();
fs.rmSync(dataDir, { recursive: true, force: true });
if (args.json) console.log(JSON.stringify({ results: results.map((r) => ({ name: r.name, rps: r.rps, p50: r.p50, p99: r.p99, ratio: r.ratio, budget: r.budget })) }));
