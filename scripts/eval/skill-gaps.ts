/**
 * `npx tsx scripts/eval/skill-gaps.ts [DIR] [--show ARTICLE]`: for each article of a folder, what the analysis
 * offers each skill (quotes with a speaker, dates, figures, terms, people with roles, statements, sources) against
 * what each generator makes and what the bank keeps. A skill with material but no kept question is a coverage gap.
 */
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeText } from '../../lib/analysis/index';
import { generateQuestions } from '../../lib/quiz/generate';
import { checkQuestion } from '../../lib/quiz/check';
import { glossary } from '../../lib/glossary/lookup';
import type { GenContext, GlossaryEntry } from '../../lib/quiz/context';
import { vocabularyQuestions } from '../../lib/quiz/generators/vocabulary';
import { whoSaidQuestions } from '../../lib/quiz/generators/who-said';
import { whoIsQuestions } from '../../lib/quiz/generators/who-is';
import { timelineQuestions } from '../../lib/quiz/generators/timeline';
import { recordOrClaimQuestions } from '../../lib/quiz/generators/record-or-claim';
import { claimDenialQuestions } from '../../lib/quiz/generators/claim-denial';
import { sourceQuestions } from '../../lib/quiz/generators/source';
import { spotErrorQuestions } from '../../lib/quiz/generators/spot-error';
import { numbersQuestions } from '../../lib/quiz/generators/numbers';

const GENS = { vocabulary: vocabularyQuestions, 'who-said': whoSaidQuestions, 'who-is': whoIsQuestions, timeline: timelineQuestions, 'record-or-claim': recordOrClaimQuestions, 'claim-denial': claimDenialQuestions, source: sourceQuestions, 'spot-error': spotErrorQuestions, numbers: numbersQuestions };

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--show') ?? path.join(import.meta.dirname, '../../../shared/corpus'));
const files = readdirSync(dir).filter((f) => f.endsWith('.md') && !/README|NOTES/.test(f)).sort();
for (const f of files) {
  const name = f.replace(/\.md$/, '');
  if (show && !name.includes(show)) continue;
  const { article, analysis: a } = analyzeText(readFileSync(path.join(dir, f), 'utf8'));
  const ctx: GenContext = { article, analysis: a, glossary: glossary as GlossaryEntry[] };
  const bank = generateQuestions(article, a);
  const supply = `quotes ${a.quotes.filter((q) => q.speaker).length}/${a.quotes.length} dates ${a.dates.length} tl ${a.timeline.length} figs ${a.figures.length} terms ${a.terms.length} roles ${a.people.filter((p) => p.roles.length).length}/${a.people.length} stmts ${a.statements.length} srcs ${a.sources.length} spell ${a.spelling.length}`;
  const made = Object.entries(GENS).map(([k, g]) => {
    const qs = g(ctx);
    const ok = qs.filter((q) => checkQuestion(q, a).length === 0).length;
    const kept = bank.filter((q) => (k === 'claim-denial' ? false : q.skill === k)).length;
    return `${k} ${qs.length}/${ok}/${kept}`;
  });
  console.log(`${name} (${a.stats.words}w, ${bank.length}q): ${supply}\n   made/ok/kept: ${made.join(', ')}`);
  if (show) {
    console.log(JSON.stringify({ people: a.people.map((p) => [p.id, p.name, p.kind, p.roles]), quotes: a.quotes.map((q) => [q.sentence, q.speaker, q.text.slice(0, 60)]), dates: a.dates, timeline: a.timeline, statements: a.statements, sources: a.sources, figures: a.figures.map((x) => [x.sentence, x.text, x.kind, x.head, x.source]), terms: a.terms.map((t) => t.term) }, null, 1));
    for (const q of bank) console.log(`\n[${q.skill}] ${q.prompt}\n  ${q.options.map((o, i) => (i === q.answer ? `*${o}*` : o)).join(' | ')}\n  ev ${q.evidence} — ${q.explanation}`);
  }
}
