/**
 * `npm run bench:quiz`: warm timing of analysis + question generation for a ~1,000-word article (the seed
 * followed by the court-case fixture body, about 950 words), beside a bare sentence split of the same text; then
 * the hostile inputs of issue 14 (tests/fixtures/adversarial.ts), each analysed and turned into questions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../lib/analysis/index';
import { generateQuestions } from '../lib/quiz/generate';
import { parseArticle } from '../lib/article/parse';
import { splitSentences } from '../lib/analysis/sentences';
import { analyze } from '../lib/analysis/index';
import { ADVERSARIAL } from '../tests/fixtures/adversarial';

const seed = readFileSync(new URL('../lib/content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');
const court = readFileSync(new URL('../tests/fixtures/articles/court-fraud-verdict.txt', import.meta.url), 'utf8');
const text = `${seed.trimEnd()}\n\n${court.replace(/^---[\s\S]*?---\s*/, '').replace(/^# .*\n/m, '')}`;

function time(label: string, fn: () => unknown, runs = 200, warm = 20) {
  for (let i = 0; i < warm; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(runs / 2)];
  const p95 = ms[Math.floor(runs * 0.95)];
  console.log(`${label.padEnd(34)} median ${median.toFixed(2)} ms   p95 ${p95.toFixed(2)} ms`);
  return median;
}

const { article, analysis } = analyzeText(text);
console.log(`article: ${analysis.stats.words} words, ${analysis.stats.sentences} sentences, ${generateQuestions(article, analysis).length} questions`);
time('sentence split only (sbd + repair)', () => splitSentences(parseArticle(text)));
time('analysis only', () => analyzeText(text));
time('generation only', () => generateQuestions(article, analysis));
const total = time('analysis + generation', () => {
  const r = analyzeText(text);
  return generateQuestions(r.article, r.analysis);
});
console.log(total < 20 ? 'within the 20 ms target' : 'OVER the 20 ms target: see the per-stage lines above');

// Real news of about that length, when the gold corpus sits beside the checkout (../shared/corpus).
const corpus = new URL('../../shared/corpus/', import.meta.url);
for (const name of ['news-afghan', 'news-nasa', 'interview-chomsky', 'news-warhol']) {
  const file = new URL(`${name}.md`, corpus);
  if (!existsSync(file)) continue;
  const body = readFileSync(file, 'utf8');
  const words = analyzeText(body).analysis.stats.words;
  time(`${name} (${words} words)`, () => {
    const r = analyzeText(body);
    return generateQuestions(r.article, r.analysis);
  }, 100, 20);
}

// Hostile pastes (issue 14; the figures before its fix are in bench/results/history-from-code-comments.md).
// Median of three runs each; the import path's budget is 5 s, the property test's 2 s for analysis.
console.log('\nhostile inputs (chars: analysis, generation)');
for (const [name, body] of Object.entries(ADVERSARIAL)) {
  let parsed: ReturnType<typeof parseArticle>;
  try {
    parsed = parseArticle(`Title\n\n${body}`);
  } catch (err) {
    console.log(`${name.padEnd(22)} ${String(body.length).padStart(6)}  refused: ${(err as Error).message}`);
    continue;
  }
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const result = analyze(parsed);
    const t1 = performance.now();
    generateQuestions(parsed, result);
    runs.push([t1 - t0, performance.now() - t1]);
  }
  runs.sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
  const [a, g] = runs[1];
  console.log(`${name.padEnd(22)} ${String(body.length).padStart(6)}  ${a.toFixed(0).padStart(5)} ms  ${g.toFixed(0).padStart(5)} ms`);
}
