import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildQuestionBank } from '../../lib/quiz/index';
import { QUESTION_KINDS, type Question, type QuestionKind } from '../../lib/quiz/types';
import { norm } from '../../lib/quiz/util';
import { glossary } from '../../lib/glossary/lookup';
import type { GlossaryEntry } from '../../lib/quiz/context';
import { sureEvents } from '../../lib/quiz/kinds/order';

/** One article's items per question kind, and how many of its events have sure dates (3 are needed for an order). */
export interface KindRow {
  name: string;
  counts: Record<QuestionKind, number>;
  sureDates: number;
  /** Distinct items of every kind the deal serves (see distinctItems) and how many skills they cover. */
  items: number;
  itemSkills: number;
  words: number;
}

/**
 * The items a student can be dealt, each counted once: every choice question and every item of another kind,
 * except a two-part item whose part A is a choice question of the bank (same prompt), which asks that question again.
 */
export function distinctItems(questions: Question[]): Question[] {
  const choice = new Set(questions.filter((q) => (q.kind ?? 'choice') === 'choice').map((q) => norm(q.prompt)));
  return questions.filter((q) => q.kind !== 'two-part' || !choice.has(norm(q.prompt)));
}

/** The item bar: 10 distinct items over 5 skills, due on articles of 300 words or more (null when not due). */
export function meetsItemBar(row: KindRow): boolean | null {
  return row.words >= 300 ? row.items >= 10 && row.itemSkills >= 5 : null;
}

/** Counts the items of each kind the generator makes for one article's text. */
export function kindRow(name: string, text: string): KindRow {
  const { article, analysis, questions } = buildQuestionBank(text, { kinds: QUESTION_KINDS });
  const counts = Object.fromEntries(QUESTION_KINDS.map((k) => [k, questions.filter((q) => (q.kind ?? 'choice') === k).length])) as Record<QuestionKind, number>;
  const items = distinctItems(questions);
  return {
    name,
    counts,
    sureDates: sureEvents({ article, analysis, glossary: glossary as GlossaryEntry[] }).length,
    items: items.length,
    itemSkills: new Set(items.map((q) => q.skill)).size,
    words: analysis.stats.words,
  };
}

/** Every `NAME.md` of a folder that has a gold file beside it (as `loadCorpus` reads them), counted by kind. */
export function kindRows(dir: string): KindRow[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && existsSync(path.join(dir, f.replace(/\.md$/, '.gold.json'))))
    .sort()
    .map((f) => kindRow(f.replace(/\.md$/, ''), readFileSync(path.join(dir, f), 'utf8')));
}

/** Does a row meet the bar: 3 evidence, 2 two-part, 1 order where 3+ dates are sure, 1 several-answer item? */
export function meetsBar(row: KindRow): boolean {
  const c = row.counts;
  return c.evidence >= 3 && c['two-part'] >= 2 && (row.sureDates < 3 || c.order >= 1) && c.multi >= 1;
}
