import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { getDb } from '@/lib/db/client';

/**
 * Shared pieces for the fuzz tests: hostile strings, a cheap fingerprint of every table (to prove a refused input
 * changed nothing) and a tally of how many inputs each property threw at the app.
 */

/** Per table: a row expression whose md5-of-all-rows changes whenever a row is added, removed or (where it matters) updated. */
const TABLES: Record<string, string> = {
  users: `concat_ws(':', id, email, name, password_hash, token_version)`,
  articles: `concat_ws(':', id, slug, published_at)`,
  quizzes: `concat_ws(':', id, article_id, question_count)`,
  questions: `concat_ws(':', quiz_id, id)`,
  attempts: `concat_ws(':', id, nickname, submitted_at, score, duration_ms, idempotency_key)`,
  answers: `concat_ws(':', attempt_id, question_id, chosen, correct, points, response::text)`,
  leaderboard_entries: `concat_ws(':', article_id, player_key, attempt_id, score)`,
  classes: `concat_ws(':', id, join_code, archived_at)`,
  students: `concat_ws(':', id, nickname, access_code, removed_at)`,
  assignments: `concat_ws(':', id)`,
  rate_limit_failures: `concat_ws(':', id, key, failed_at)`,
};

const SNAPSHOT_SQL = Object.entries(TABLES)
  .map(([t, row]) => `select '${t}' as t, count(*)::int as n, md5(coalesce(string_agg(${row}, ',' order by ${row}), '')) as h from ${t}`)
  .join(' union all ');

/** Row count and a hash of the key columns of every table, in one round trip. */
export async function snapshot(): Promise<Record<string, string>> {
  const db = await getDb();
  const res = (await db.execute(sql.raw(SNAPSHOT_SQL))) as unknown as { rows?: Row[] } | Row[];
  const rows = Array.isArray(res) ? res : (res.rows ?? []);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}
type Row = { t: string; n: number; h: string };

/** How many inputs each property tried, printed once per file so the totals can be reported. */
export const tally: Record<string, number> = {};
export function count(name: string) {
  tally[name] = (tally[name] ?? 0) + 1;
}
export function report(file: string) {
  // Names with a bracket are a breakdown of another count ("submit (stored)"), not extra inputs.
  const total = Object.entries(tally).filter(([k]) => !k.includes('(')).reduce((a, [, b]) => a + b, 0);
  const lines = Object.entries(tally).map(([k, v]) => `  ${k}: ${v}`);
  console.log(`[fuzz] ${file}: ${total} inputs\n${lines.join('\n')}`);
}

/** Strings people (or attackers) might type: markup, SQL, direction overrides, control characters, emoji. */
export const NASTY = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; drop table users; --",
  "' or '1'='1",
  'Robert"); DROP TABLE students;--',
  '${7*7}{{7*7}}',
  '\u202Eevil\u202C',
  '\u2066iso\u2069',
  'a\u0000b',
  '\u0007\u001b[31mred',
  '\r\n\t',
  '\u200B\u200D\uFEFF',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦',
  'مرحبا بالعالم',
  'Z̷̢̛a̸͇l̶g̵o̴',
  '\uD800',
  '\uDFFF lone',
  '%00%27%22',
  '../../etc/passwd',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  ' '.repeat(30),
  'x'.repeat(300),
];

/** Arbitrary strings of every flavour: ASCII, full Unicode (lone surrogates too), graphemes, and the nasty list. */
export const anyString = (maxLength = 64) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary-ascii', maxLength }),
    fc.constantFrom(...NASTY),
    fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 }), fc.constantFrom(...NASTY)).map((p) => p.join('')),
  );

/** What a string becomes after crossing HTTP (UTF-8): a lone surrogate turns into U+FFFD, as the database would store it. */
export const overTheWire = (s: string) => Buffer.from(s, 'utf8').toString('utf8');
