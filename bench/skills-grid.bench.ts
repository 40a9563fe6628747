/**
 * The skills grid's database time for a class of 30 with 20 assignments (issue 16: under 50 ms). Seeds, in a few
 * set-based statements, CLASSES classes of 30 students, each with 20 assignments of a 10-question quiz that every
 * student submitted (answers right or wrong, with a confidence, by a fixed hash), so the measured class sits among
 * other classes' rows as it would in a school. Then times the statements the grid page runs
 * (`getClassSkills`: the class, its roster, its assignments, the tallies) from the app, after a warm-up, and on PostgreSQL also the server's own
 * execution time of each (EXPLAIN ANALYZE).
 *
 *   npm run bench:skills                        (fresh PGlite)
 *   BENCH_DATABASE_URL=postgres://…/bench npm run bench:skills   (drops and recreates that database)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freshBenchDatabase } from './fresh-database';

const { values } = parseArgs({ options: { classes: { type: 'string', default: '20' }, runs: { type: 'string', default: '30' }, plans: { type: 'boolean', default: false } } });
const CLASSES = Number(values.classes);
const RUNS = Number(values.runs);
const STUDENTS = 30;
const ASSIGNMENTS = 20;
const QUESTIONS = 10;

if (process.env.BENCH_DATABASE_URL) {
  await freshBenchDatabase(process.env.BENCH_DATABASE_URL);
  process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-skills-')), 'pglite');
}

const { sql } = await import('drizzle-orm');
const { getDb, closeDb } = await import('../lib/db/client');
const { rowsOf } = await import('../lib/db/rows');
const { prepareWithContent } = await import('../lib/server/seed-content');
const { getClassSkills } = await import('../lib/server/class-skills');
const { listRoster } = await import('../lib/db/queries/results');
const { classSkillTalliesSql, listClassAssignmentOrder, listClassSkillTallies } = await import('../lib/db/queries/skills-grid');

await prepareWithContent();
const db = await getDb();
const seedStart = performance.now();
const [quiz] = rowsOf<{ id: string; ids: string[] }>(await db.execute(sql`
  select q.id, array_agg(x.id order by x.position) as ids from quizzes q join questions x on x.quiz_id = q.id
  group by q.id order by count(*) desc limit 1`));
const plan = quiz.ids.slice(0, QUESTIONS).map((questionId) => ({ questionId, order: [0, 1, 2, 3] }));
await db.execute(sql`insert into users (id, email, name, password_hash)
  select 'bench-t' || c, 'bench' || c || '@example.com', 'Bench ' || c, 'x' from generate_series(1, ${CLASSES}) c`);
await db.execute(sql`insert into classes (id, teacher_id, name, join_code)
  select 'bc' || c, 'bench-t' || c, 'Class ' || c, 'BENCH' || c from generate_series(1, ${CLASSES}) c`);
await db.execute(sql`insert into students (id, class_id, nickname, access_code)
  select 'bs' || c || '-' || s, 'bc' || c, 'Student ' || s, 'BS' || c || 'X' || s from generate_series(1, ${CLASSES}) c, generate_series(1, ${STUDENTS}) s`);
await db.execute(sql`insert into assignments (id, class_id, quiz_id, question_count, skills, opens_at, closes_at)
  select 'ba' || c || '-' || a, 'bc' || c, ${quiz.id}, ${QUESTIONS}, '["who-said"]'::jsonb,
         now() - (30 - a) * interval '1 day', now() - (29 - a) * interval '1 day'
  from generate_series(1, ${CLASSES}) c, generate_series(1, ${ASSIGNMENTS}) a`);
await db.execute(sql`insert into attempts (id, quiz_id, student_id, assignment_id, nickname, plan, started_at, submitted_at, score, max_score, duration_ms)
  select 'bt' || c || '-' || a || '-' || s, ${quiz.id}, 'bs' || c || '-' || s, 'ba' || c || '-' || a, 'Student ' || s, ${JSON.stringify(plan)}::jsonb,
         now() - (30 - a) * interval '1 day', now() - (30 - a) * interval '1 day' + interval '5 minutes', 0, ${QUESTIONS}, 300000
  from generate_series(1, ${CLASSES}) c, generate_series(1, ${ASSIGNMENTS}) a, generate_series(1, ${STUDENTS}) s`);
await db.execute(sql`insert into answers (attempt_id, question_id, chosen, correct, points, confidence, weighted_points)
  select t.id, p.value->>'questionId', 0, h % 3 <> 0, (h % 3 <> 0)::int, (array['sure','fairly','guess'])[1 + h % 5 % 3], 0
  from attempts t, jsonb_array_elements(t.plan) p,
       lateral (select abs(hashtext(t.id || (p.value->>'questionId'))) as h) x
  where t.id like 'bt%'`);
for (const table of ['classes', 'students', 'assignments', 'attempts', 'answers', 'questions']) await db.execute(sql.raw(`analyze ${table}`));
const [{ n }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from answers`));
console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; seeded ${CLASSES} classes x ${STUDENTS} students x ${ASSIGNMENTS} assignments x ${QUESTIONS} questions (${n.toLocaleString('en')} answers) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

const teacher = { id: 'bench-t1' };
const classId = 'bc1';
const grid = (await getClassSkills(teacher, { classId }))!;
if (grid.students.length !== STUDENTS || grid.assignments.length !== ASSIGNMENTS) throw new Error('the grid did not see the seeded class');

/** Median and 95th percentile of `RUNS` timed calls, after five warm-up calls. */
async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(RUNS / 2)], p95: ms[Math.min(RUNS - 1, Math.ceil(RUNS * 0.95) - 1)] };
}

const fmt = (r: { median: number; p95: number }) => `median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`;
const args = { classId, teacherId: teacher.id };
console.log(`roster (1 statement):             ${fmt(await time(() => listRoster({ classId })))}`);
console.log(`assignments in order (1 statement): ${fmt(await time(() => listClassAssignmentOrder(args)))}`);
console.log(`tallies, all ${ASSIGNMENTS} assignments (1 statement): ${fmt(await time(() => listClassSkillTallies(args)))}`);
console.log(`getClassSkills (class check, then 3 in parallel, then sums): ${fmt(await time(() => getClassSkills(teacher, { classId })))}`);

// The database's own time for each statement (plan + execute, EXPLAIN ANALYZE), without the round trip.
async function serverMs(query: ReturnType<typeof classSkillTalliesSql>) {
  const ms: number[] = [];
  for (let i = 0; i < 11; i++) {
    const [row] = rowsOf<{ 'QUERY PLAN': unknown }>(await db.execute(sql`explain (analyze, format json) ${query}`));
    const raw = row['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { 'Execution Time': number; 'Planning Time': number }[];
    ms.push(plan[0]['Execution Time'] + plan[0]['Planning Time']);
  }
  return ms.sort((a, b) => a - b)[5];
}
if (values.plans) {
  for (const q of [classSkillTalliesSql(args)]) {
    console.log(rowsOf<{ 'QUERY PLAN': string }>(await db.execute(sql`explain (analyze) ${q}`)).map((r) => r['QUERY PLAN']).join('\n'));
  }
}
const talliesMs = await serverMs(classSkillTalliesSql(args));
console.log(`database time of the tallies (EXPLAIN ANALYZE, plan + execute, median of 11): ${talliesMs.toFixed(2)} ms`);

await closeDb();
