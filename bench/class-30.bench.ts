/**
 * `npm run bench:class`: 30 students of one class submit at the same moment while the teacher's results are read
 * every 100 ms, as the results page polls. Reports submit latency, results-query latency during and after the
 * burst, and checks that all 30 scores are there. Uses PostgreSQL when DATABASE_URL is set, else a fresh PGlite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-class-')), 'pglite');
process.env.AUTH_SECRET ??= 'bench';

const { prepareWithContent } = await import('../lib/server/seed-content');
const { closeDb } = await import('../lib/db/client');
const { createUser } = await import('../lib/db/queries/users');
const { createClass } = await import('../lib/db/queries/classes');
const { joinClass } = await import('../lib/db/queries/students');
const { createAssignment } = await import('../lib/db/queries/assignments');
const { startAssignmentAttempt } = await import('../lib/server/start-attempt');
const { getAttempt } = await import('../lib/server/attempt-view');
const { submitAttempt } = await import('../lib/server/submit-attempt');
const { getAssignmentResults } = await import('../lib/server/assignment-results');
const { SKILLS } = await import('../lib/quiz/types');

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

await prepareWithContent();
const teacher = (await createUser({ email: `bench-${Date.now()}@example.com`, name: 'Bench', passwordHash: 'x' }))!;
const cls = await createClass({ teacherId: teacher.id, name: 'Bench class' });
const a = (await createAssignment({
  teacherId: teacher.id, classId: cls.id, articleSlug: 'rust-baldwin-dismissal', questionCount: 10, skills: [...SKILLS],
  opensAt: new Date(Date.now() - 60_000), closesAt: new Date(Date.now() + 3_600_000), attemptsAllowed: 1,
  revealAnswers: 'after-submit', showLeaderboard: true, note: null,
}))!;
const ready: { id: string; player: { studentId: string }; shown: Record<string, number> }[] = [];
for (let i = 0; i < 30; i++) {
  const joined = await joinClass({ code: cls.joinCode, nickname: `Student ${i + 1}` });
  if (!joined.ok) throw new Error(joined.error);
  const player = { studentId: joined.student.id };
  const started = await startAssignmentAttempt({ assignmentId: a.id, studentId: joined.student.id, nickname: joined.student.nickname });
  if (!started?.ok) throw new Error('start failed');
  const view = (await getAttempt({ id: started.attemptId, player }))!;
  ready.push({ id: started.attemptId, player, shown: Object.fromEntries(view.dealt.map((d, k) => [d.question.id, k % d.order.length])) });
}

const polls: number[] = [];
let polling = true;
const poller = (async () => {
  while (polling) {
    const t = performance.now();
    await getAssignmentResults(teacher, { assignmentId: a.id });
    polls.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 100));
  }
})();
const t0 = performance.now();
const submits = await Promise.all(ready.map(async (r) => {
  const t = performance.now();
  const res = await submitAttempt({ id: r.id, player: r.player, shown: r.shown, idempotencyKey: `bench-${r.id.slice(0, 20)}` });
  if (!res?.ok) throw new Error('submit failed');
  return performance.now() - t;
}));
const burst = performance.now() - t0;
polling = false;
await poller;
const after: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  const res = (await getAssignmentResults(teacher, { assignmentId: a.id }))!;
  after.push(performance.now() - t);
  if (res.counts.submitted !== 30) throw new Error(`expected 30 submitted, got ${res.counts.submitted}`);
}
console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
console.log(`30 simultaneous submits: all done in ${ms(burst)}; per submit p50 ${ms(pct(submits, 50))}, p99 ${ms(pct(submits, 99))}`);
console.log(`results query during the burst (${polls.length} polls): p50 ${ms(pct(polls, 50))}, max ${ms(Math.max(...polls))}`);
console.log(`results query after (30 submitted, 300 answers): p50 ${ms(pct(after, 50))}, p99 ${ms(pct(after, 99))}`);
await closeDb();
