/**
 * `npm run quiz -- FILE [--json]`: prints the analysis and every generated question of an article file.
 * Readable text by default; `--json` prints the shape documented in the README. Every question kind is made. Bad input (missing, empty,
 * binary or not an article) gets a one-line message on stderr and exit code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { buildQuestionBank, QUESTION_KINDS } from '../lib/quiz/index';
import type { Article } from '../lib/article/types';
import type { Analysis } from '../lib/analysis/types';
import type { Question } from '../lib/quiz/types';

function fail(message: string, code = 2): never {
  process.stderr.write(`quiz: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

/** Reads the file as UTF-8 text, refusing what is not a readable, non-empty text file. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) fail(`${file} is not a file.`);
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `${file}: no such file.` : `cannot read ${file} (${code ?? String(e)}).`);
  }
  if (bytes.length === 0) fail(`${file} is empty.`);
  if (bytes.includes(0)) fail(`${file} is binary data, not text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${file} is not UTF-8 text.`);
  }
}

/** The JSON shape of the issue: analysis mapped to plain fields, answer keys included (this is a local tool). */
export function toJson(article: Article, analysis: Analysis, questions: Question[]) {
  const s = analysis.stats;
  return {
    article: { title: article.title, date: article.date, headings: article.headings, paragraphs: article.paragraphs },
    analysis: {
      sentences: analysis.sentences.map((x) => x.text),
      stats: {
        words: s.words,
        sentences: s.sentences,
        averageSentenceWords: s.averageSentenceWords,
        longestSentence: s.longestSentence,
        shortestSentence: s.shortestSentence,
        fleschKincaidGrade: s.fleschKincaidGrade,
        readingMinutes: s.readingMinutes,
      },
      people: analysis.people.map((p) => ({ name: p.name, roles: p.roles })),
      quotes: analysis.quotes.map((q) => ({ text: q.text, speaker: q.speaker, sentence: q.sentence })),
      dates: analysis.dates.map((d) => ({ text: d.text, value: d.value, sentence: d.sentence })),
      terms: analysis.terms.map((t) => ({ term: t.term, definition: t.definition })),
      spelling: analysis.spelling.map((x) => ({ word: x.word, suggestion: x.suggestion, sentence: x.sentence })),
    },
    questions: questions.map((q) => ({
      id: q.id,
      skill: q.skill,
      kind: q.kind ?? 'choice',
      prompt: q.prompt,
      ...(q.partB ? { partB: q.partB.prompt } : {}),
      options: q.options,
      answer: answerOf(q),
      evidence: q.evidence,
      explanation: q.explanation,
    })),
  };
}

/**
 * The answer in the shape of its kind: `choice` the index of the right option; `evidence` the sentence indices
 * to select; `two-part` part A's option and part B's sentences; `order` the option indices in the order they
 * happened; `multi` the indices of the options to pick.
 */
function answerOf(q: Question) {
  const key = q.key;
  switch (key?.kind) {
    case 'sentences':
      return { sentences: key.sentences };
    case 'two-part':
      return { option: key.answer, sentences: key.sentences };
    case 'order':
      return { order: key.order };
    case 'several':
      return { options: key.answers };
    default:
      return q.answer;
  }
}

function toText(article: Article, analysis: Analysis, questions: Question[]): string {
  const s = analysis.stats;
  const n = (i: number) => `#${i + 1}`;
  const lines: string[] = [
    `Title: ${article.title ?? '(none)'}`,
    `Date: ${article.date ?? '(none)'}${article.source ? `   Source: ${article.source}` : ''}`,
    `Headings: ${article.headings.length ? article.headings.join(' | ') : '(none)'}`,
    '',
    `Stats: ${s.words} words, ${s.sentences} sentences, ${s.averageSentenceWords.toFixed(1)} words/sentence, ` +
      `longest ${n(s.longestSentence)}, shortest ${n(s.shortestSentence)}, Flesch-Kincaid grade ${s.fleschKincaidGrade.toFixed(1)}, ` +
      `${s.readingMinutes} min read`,
    '',
    'People:',
    ...analysis.people.map((p) => `  - ${p.name}${p.roles.length ? ` (${p.roles.join('; ')})` : ''}${p.kind === 'group' ? ' [group]' : ''}`),
    'Quotes:',
    ...analysis.quotes.map((q) => `  - ${n(q.sentence)} “${q.text}” — ${q.speaker ?? '(no speaker)'}`),
    'Dates:',
    ...analysis.dates.map((d) => `  - ${n(d.sentence)} “${d.text}” = ${d.value}${d.event ? ` (${d.event})` : ''}`),
    'Terms:',
    ...analysis.terms.map((t) => `  - ${t.term}: ${t.definition}${t.misstatement ? `  [misstated in ${n(t.misstatement.sentence)}]` : ''}`),
    'Spelling:',
    ...(analysis.spelling.length
      ? analysis.spelling.map((x) => `  - ${n(x.sentence)} “${x.word}” → ${x.suggestion ?? '?'}`)
      : ['  (no mistakes found)']),
    '',
    `Questions (${questions.length}):`,
  ];
  questions.forEach((q, i) => {
    const kind = q.kind ?? 'choice';
    lines.push('', `${i + 1}. [${q.skill}${kind === 'choice' ? '' : `, ${kind}`}, difficulty ${q.difficulty}] ${q.prompt}`);
    const key = q.key;
    const right = (j: number) => j === q.answer || (key?.kind === 'several' && key.answers.includes(j));
    q.options.forEach((o, j) => lines.push(`   ${right(j) ? '*' : ' '} ${String.fromCharCode(65 + j)}. ${o}`));
    if (key?.kind === 'order') lines.push(`   Order: ${key.order.map((j) => String.fromCharCode(65 + j)).join(', ')}`);
    if (key?.kind === 'sentences') lines.push(`   Select: ${key.sentences.map(n).join(', ')}`);
    if (key?.kind === 'two-part') lines.push(`   Part B: ${q.partB?.prompt ?? ''} ${key.sentences.map(n).join(', ')}`);
    lines.push(`   Evidence: ${q.evidence.map(n).join(', ')}`, `   Why: ${q.explanation}`);
  });
  return lines.join('\n');
}

function main(argv: string[]) {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json' && a !== '--');
  if (files.length !== 1) fail('usage: npm run quiz -- FILE [--json]');
  const text = readText(files[0]);
  let bank: ReturnType<typeof buildQuestionBank>;
  try {
    bank = buildQuestionBank(text, { kinds: QUESTION_KINDS });
  } catch (e) {
    if (e instanceof Error && e.name === 'ArticleError') fail(`${files[0]}: ${e.message}`);
    throw e;
  }
  if (bank.analysis.sentences.length === 0) fail(`${files[0]}: no sentences found; this is not an article.`);
  const out = json ? JSON.stringify(toJson(bank.article, bank.analysis, bank.questions), null, 2) : toText(bank.article, bank.analysis, bank.questions);
  process.stdout.write(`${out}\n`);
}

main(process.argv.slice(2));
