import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from './index';
import { QUESTION_KINDS, type Question } from './types';
import { containsWords, norm } from './util';
import { oneQuiz } from './one-quiz';

/**
 * A teacher reviews and prints the whole bank, so the bank is one quiz: no item repeats another, and no item's
 * stem prints another's answer. These checks are written out here on their own terms (not with the code under
 * test), so they say what a reviewer looks for.
 */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const BENCH = fileURLToPath(new URL('../../bench/articles', import.meta.url));

/** The one right option of an item that has one (choice, part A of a two-part item). */
const answerOf = (q: Question) => ((q.kind ?? 'choice') === 'choice' || q.kind === 'two-part' ? q.options[q.answer] : null);
/** The sentences an item rests on: for an evidence item, the ones to select. */
const restsOn = (q: Question) => (q.key?.kind === 'sentences' ? q.key.sentences : q.evidence);
const words = (s: string) => norm(s).replace(/[^\p{L}\p{N}' ]/gu, ' ').split(/\s+/).filter(Boolean);

/** The words an item quotes or offers, not its template: quoted spans (else what "shows" names), and options. */
const said = (q: Question) => {
  const prompt = q.prompt.replace(/\(The article is dated [^)]*\)/, '');
  const quoted = [...prompt.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  return [...(quoted.length ? quoted : [prompt.split(/\bshows?\b/)[1] ?? '']), ...q.options];
};

/** The longest run of words two items say in common, and whether they say a figure in common. */
function shared(a: Question, b: Question): { run: number; figure: boolean } {
  let run = 0;
  for (const x of said(a).map(words)) for (const y of said(b).map(words)) {
    for (let i = 0; i < x.length; i++) for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
      run = Math.max(run, k);
    }
  }
  const figures = (s: string) => new Set(s.match(/\d[\d,.]*\d|\d/g)?.map((f) => f.replace(/[,.]$/, '')) ?? []);
  const fy = figures(said(b).join(' '));
  return { run, figure: [...figures(said(a).join(' '))].some((f) => fy.has(f)) };
}

/** What a strict reviewer fails when two items of one bank sit side by side; null when they may. */
function repeatOf(a: Question, b: Question): string | null {
  const ka = a.kind ?? 'choice';
  const kb = b.kind ?? 'choice';
  // Choice questions among themselves have their own giveaway rules (balance.ts), tested beside them.
  if (ka === 'choice' && kb === 'choice') return null;
  if (norm(a.prompt) === norm(b.prompt)) return 'the same stem';
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const answer = answerOf(y);
    if (!answer || norm(answer).length < 2 || !containsWords(x.prompt, answer)) continue;
    // A name alone tells nothing (many stems name people); with the words the other item quotes, it is the answer.
    const isName = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*$/u.test(answer);
    const quoted = /“(.+)”/.exec(y.prompt)?.[1].replace(/^…|…$/g, '');
    if (!isName || (quoted && containsWords(x.prompt, quoted))) return `prints the answer “${answer}”`;
  }
  // A word's meaning or spelling is not the fact of its sentence; an order item asks a sequence, not one date.
  const plain = (q: Question) => q.skill !== 'vocabulary' && q.skill !== 'spot-error' && q.kind !== 'order';
  if (plain(a) && plain(b) && restsOn(a).some((i) => restsOn(b).includes(i))) {
    const s = shared(a, b);
    if (s.run >= 5 || s.figure) return 'the same fact on the same sentence';
  }
  return null;
}

function repeatsIn(bank: Question[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < bank.length; i++) {
    for (let j = i + 1; j < bank.length; j++) {
      const why = repeatOf(bank[i], bank[j]);
      if (why) out.push(`${why}: ${bank[i].id} “${bank[i].prompt.slice(0, 60)}” / ${bank[j].id} “${bank[j].prompt.slice(0, 60)}”`);
    }
  }
  return out;
}

const articles = (dir: string, pick: (f: string) => boolean) =>
  existsSync(dir) ? readdirSync(dir).filter(pick).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const) : [];

describe.runIf(existsSync(CORPUS))('the bank as one quiz, on the gold corpus', () => {
  it.each(articles(CORPUS, (f) => f.endsWith('.md') && f !== 'README.md'))('%s: no item repeats another or prints its answer', (_, text) => {
    const { questions } = buildQuestionBank(text, { kinds: QUESTION_KINDS });
    expect(repeatsIn(questions)).toEqual([]);
  });
});

describe('the bank as one quiz, on the bench articles', () => {
  it.each(articles(BENCH, (f) => /^holdout5-article-\d\.txt$/.test(f) || /^unseen-.*\.md$/.test(f)))('%s: no item repeats another or prints its answer', (_, text) => {
    const { questions } = buildQuestionBank(text, { kinds: QUESTION_KINDS });
    expect(repeatsIn(questions)).toEqual([]);
  });
});

describe('oneQuiz', () => {
  const choice = (over: Partial<Question>): Question => ({
    id: 'c',
    skill: 'who-said',
    prompt: 'Who is quoted in the article saying “We are not asking for anything new”?',
    options: ['Ana Ruiz', 'Tom Lee', 'Kim Park'],
    answer: 0,
    evidence: [3],
    explanation: 'Sentence 4 names Ana Ruiz.',
    difficulty: 1,
    ...over,
  });

  it('keeps a two-part item and drops the choice question that is its part A', () => {
    const a = choice({});
    const twoPart = choice({ id: 't', kind: 'two-part', partB: { prompt: 'Which sentence supports your answer?' }, key: { kind: 'two-part', answer: 0, options: 3, sentences: [3], within: 9 } });
    expect(oneQuiz([a, twoPart]).map((q) => q.id)).toEqual(['t']);
  });

  it('drops an evidence item on the same fact as a two-part item, and a choice question whose answer a stem prints', () => {
    const twoPart = choice({ id: 't', kind: 'two-part', key: { kind: 'two-part', answer: 0, options: 3, sentences: [3], within: 9 } });
    const proof = choice({ id: 'e', kind: 'evidence', prompt: 'Which sentence shows who said “We are not asking for anything new”?', options: [], answer: -1, key: { kind: 'sentences', sentences: [3], within: 9 } });
    const figure = choice({ id: 'f', skill: 'numbers', prompt: 'Which figure fills the gap? “… about ___ people a week.”', options: ['400', '520', '640'], evidence: [7] });
    const printer = choice({ id: 'p', skill: 'numbers', kind: 'evidence', prompt: 'Which sentence shows the figure of 400 people?', options: [], answer: -1, evidence: [7], key: { kind: 'sentences', sentences: [7], within: 9 } });
    expect(oneQuiz([figure, twoPart, proof, printer]).map((q) => q.id)).toEqual(['t', 'p']);
  });

  it('keeps items that share only names or an unrelated sentence', () => {
    const a = choice({});
    const b = choice({ id: 'e', kind: 'evidence', skill: 'who-is', prompt: 'Which sentence shows that Tom Lee is a councillor?', options: [], answer: -1, evidence: [5], key: { kind: 'sentences', sentences: [5], within: 9 } });
    expect(oneQuiz([a, b]).map((q) => q.id)).toEqual(['c', 'e']);
  });
});
