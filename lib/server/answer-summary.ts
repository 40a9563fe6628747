import type { QuestionRow } from '../db/schema';
import { gradeSheet, perfectResponse, type PlayerResponse } from '../quiz/grade';
import { answerKeyOf } from './answer-key';

/*
 * Words for a teacher about the answers to one question of any kind: what a student answered, what the most chosen
 * wrong answer was, and how much of the question they got right (the grader's credit, not a second grading).
 */

type Bank = Pick<QuestionRow, 'id' | 'options' | 'correctOption' | 'key'>;

/** "sentence 4: “The council met…”", short enough for a table cell. */
export function sentenceLabel(n: number, sentences: readonly { text: string }[]): string {
  const text = sentences[n]?.text;
  if (!text) return `sentence ${n + 1}`;
  return `sentence ${n + 1}: “${text.length > 70 ? `${text.slice(0, 67)}…` : text}”`;
}

/** A response in words: the option, the picks, the order (first → last) or the sentences. */
export function describeResponse(q: Bank, r: PlayerResponse, sentences: readonly { text: string }[]): string {
  switch (r.kind) {
    case 'one':
      return q.options[r.option] ?? '';
    case 'several':
      return r.options.map((i) => q.options[i]).join('; ');
    case 'order':
      return r.order.map((i) => q.options[i]).join(' → ');
    case 'sentences':
      return r.sentences.map((n) => sentenceLabel(n, sentences)).join('; ');
    case 'two-part':
      return `A: ${q.options[r.option] ?? ''}; B: ${r.sentences.map((n) => sentenceLabel(n, sentences)).join('; ')}`;
  }
}

/** The right answer in the same words. */
export function describeKey(q: Bank, sentences: readonly { text: string }[]): string {
  return describeResponse(q, perfectResponse(answerKeyOf(q)), sentences);
}

/**
 * The wrong parts of a response, each to be tallied: a wrong option, each wrong pick, each sentence that is not the
 * evidence, a wrong order as a whole, and for a two-part item its wrong part A or else its wrong sentences.
 */
export function wrongParts(q: Bank, r: PlayerResponse, sentences: readonly { text: string }[]): string[] {
  const key = answerKeyOf(q);
  if (r.kind === 'one' && key.kind === 'one') return r.option === key.answer ? [] : [q.options[r.option] ?? ''];
  if (r.kind === 'several' && key.kind === 'several') return r.options.filter((i) => !key.answers.includes(i)).map((i) => q.options[i]);
  if (r.kind === 'order' && key.kind === 'order') return r.order.join() === key.order.join() ? [] : [describeResponse(q, r, sentences)];
  if (r.kind === 'sentences' && key.kind === 'sentences') return r.sentences.filter((n) => !key.sentences.includes(n)).map((n) => sentenceLabel(n, sentences));
  if (r.kind === 'two-part' && key.kind === 'two-part') {
    if (r.option !== key.answer) return [`part A: ${q.options[r.option] ?? ''}`];
    return r.sentences.filter((n) => !key.sentences.includes(n)).map((n) => `part B: ${sentenceLabel(n, sentences)}`);
  }
  return [];
}

/** The share of the question a response got right, as lib/quiz/grade.ts credits it (0 for a response it refuses). */
export function creditOf(q: Bank, r: PlayerResponse): number {
  try {
    return gradeSheet([{ id: q.id, key: answerKeyOf(q) }], { [q.id]: r }).answers[0].credit;
  } catch {
    return 0;
  }
}

/** An answer row's response: its `response`, or for a row stored before responses were kept, its `chosen` option. */
export function responseOf(row: { response: PlayerResponse | null; chosen: number | null }): PlayerResponse | null {
  return row.response ?? (row.chosen === null ? null : { kind: 'one', option: row.chosen });
}
