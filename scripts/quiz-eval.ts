/**
 * `npm run quiz:eval [-- DIR] [--misses]`: runs the text analysis and the generator over every article of a
 * folder that has a gold file (default ../shared/corpus) in one process, and prints per article and in total:
 * sentence precision/recall/F1, dates found and resolved, quotes found, speakers right, correct words flagged
 * as misspelled, gold errors caught, questions and skills, and how well guessers that never read the article do.
 */
import path from 'node:path';
import { evaluate, MEASURES } from './eval/run';
import type { Count } from './eval/types';
import { kindRows, meetsBar, meetsItemBar } from './eval/kinds';

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(import.meta.dirname, '../../shared/corpus'));
const started = performance.now();
const result = evaluate(dir);
const ms = performance.now() - started;

const pct = (c: Count) => (c.total ? `${((100 * c.hit) / c.total).toFixed(0)}%` : '–');
const frac = (c: Count) => `${c.hit}/${c.total}`;
const LABELS: Record<(typeof MEASURES)[number], string> = {
  sentenceP: 'sent P',
  sentenceR: 'sent R',
  datesFound: 'dates found',
  datesResolved: 'dates right',
  quotesFound: 'quotes',
  speakers: 'speakers',
  notPeople: 'not people',
  falseFlags: 'bad flags',
  sicCaught: 'sic caught',
  coverage: '10q/5sk',
};

const header = ['article', 'words', ...MEASURES.map((m) => LABELS[m]), 'questions', 'skills'];
const lines = result.rows.map((r) => [r.name, String(r.words), ...MEASURES.map((m) => frac(r[m])), String(r.questions), String(r.skills)]);
const width = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const print = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(width[i])).join('  '));
print(header);
lines.forEach(print);
if (args.includes('--misses')) {
  for (const r of result.rows) for (const m of r.misses) console.log(`${r.name}: ${m}`);
}
const cb = result.closedBook;
const chance = (100 * cb.chance) / Math.max(1, cb.total);
console.log(
  `\nclosed book over ${cb.total} questions: chance ${chance.toFixed(0)}%; ` +
    Object.entries(cb.guessers).map(([name, hits]) => `${name} ${((100 * hits) / Math.max(1, cb.total)).toFixed(0)}%`).join(', '),
);
const t = result.total;
console.log(`${result.rows.length} articles in ${(ms / 1000).toFixed(1)} s`);
console.log(
  `TOTAL sentence F1 ${result.sentenceF1.toFixed(3)} (P ${pct(t.sentenceP)}, R ${pct(t.sentenceR)}); dates found ${pct(t.datesFound)}, resolved ${pct(t.datesResolved)}; ` +
    `quotes found ${pct(t.quotesFound)}; speakers right ${pct(t.speakers)} (${frac(t.speakers)}); named people that are not people ${frac(t.notPeople)}`,
);
console.log(
  `TOTAL correct words flagged ${t.falseFlags.hit} (of ${t.falseFlags.total} flags); sic caught ${frac(t.sicCaught)}; ` +
    `${result.questions} questions; articles meeting 10 questions over 5 skills: ${frac(t.coverage)}`,
);

// The question kinds beyond single choice (issue 15's bar: 3 evidence, 2 two-part, 1 order where 3+ dates are sure, 1 multi).
const kinds = kindRows(dir);
console.log('\nquestion kinds: article  evidence  two-part  order (sure dates)  multi  bar   items  skills  10i/5sk');
for (const r of kinds) {
  const c = r.counts;
  const itemBar = meetsItemBar(r);
  console.log(
    `  ${r.name.padEnd(24)} ${String(c.evidence).padStart(3)} ${String(c['two-part']).padStart(8)} ${String(c.order).padStart(6)} (${r.sureDates}) ${String(c.multi).padStart(10)}  ${meetsBar(r) ? 'met' : '-  '}` +
      `  ${String(r.items).padStart(6)} ${String(r.itemSkills).padStart(7)}  ${itemBar === null ? '(short)' : itemBar ? 'met' : '-'}`,
  );
}
console.log(`articles meeting the question-kinds bar: ${kinds.filter(meetsBar).length}/${kinds.length}`);
// Every item the deal serves, each once (a two-part item whose part A is a choice question of the bank is not counted again).
const due = kinds.filter((r) => meetsItemBar(r) !== null);
console.log(
  `distinct items of every kind: ${kinds.reduce((n, r) => n + r.items, 0)}; articles meeting 10 items over 5 skills: ${due.filter((r) => meetsItemBar(r)).length}/${due.length}`,
);
