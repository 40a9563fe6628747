/**
 * What each article lacks of the question kinds, and why candidates were turned down:
 * `node --import tsx scripts/eval/kind-gaps.ts [DIR] [--why]` prints, for the seed and every corpus article, the
 * items of each kind, the sure dates (an order needs 3), whether the bar is met and, with --why, each
 * turned-down candidate grouped by reason. A measuring tool: it changes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildQuestionBank } from '../../lib/quiz/index';
import { kindQuestions } from '../../lib/quiz/kinds/index';
import { QUESTION_KINDS } from '../../lib/quiz/types';
import { glossary } from '../../lib/glossary/lookup';
import type { GlossaryEntry } from '../../lib/quiz/context';
import { kindRow, kindRows, meetsBar, type KindRow } from './kinds';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(here, '../../../shared/corpus');
const why = args.includes('--why');
const seed = path.join(here, '../../lib/content/rust-baldwin-dismissal.txt');

/** Turned-down candidates of one article: source → reason (up to the colon) → examples. */
function notesFor(file: string): Map<string, string[]> {
  const { article, analysis, questions } = buildQuestionBank(readFileSync(file, 'utf8'));
  const out = new Map<string, string[]>();
  const ctx = { article, analysis, glossary: glossary as GlossaryEntry[] };
  kindQuestions(ctx, questions, QUESTION_KINDS.filter((k) => k !== 'choice'), (source, reason) => {
    const key = `${source}: ${reason.split(':')[0]}`;
    out.set(key, [...(out.get(key) ?? []), reason.slice(reason.indexOf(':') + 1).trim()]);
  });
  return out;
}

const rows: [KindRow, string][] = [[kindRow('seed', readFileSync(seed, 'utf8')), seed], ...kindRows(dir).map((r): [KindRow, string] => [r, path.join(dir, `${r.name}.md`)])];
console.log('article                  choice evidence two-part order multi  dates  bar');
for (const [row, file] of rows) {
  const c = row.counts;
  const cells = [c.choice, c.evidence, c['two-part'], c.order, c.multi, row.sureDates].map((n) => String(n).padStart(6)).join(' ');
  console.log(`${row.name.padEnd(24)} ${cells}  ${meetsBar(row) ? 'met' : 'MISSING'}`);
  if (!why) continue;
  for (const [reason, examples] of [...notesFor(file)].sort()) console.log(`    ${examples.length}× ${reason}  e.g. ${examples[0]}`);
}
const met = rows.filter(([r]) => meetsBar(r)).length;
console.log(`\n${met} of ${rows.length} meet the bar (3 evidence, 2 two-part, 1 order where 3+ dates are sure, 1 several-answer).`);
