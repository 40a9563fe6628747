import { describe, expect, it } from 'vitest';
import type { Question } from './types';
import { clash, oneQuiz } from './one-quiz';

/**
 * Items of one bank that repeat a fact or give each other away although their stems differ (seventh and eighth
 * blind reviews): one person settled by one sentence, one item's key offered as another's distractor, the proof of
 * a "find the sentence" item printed by another stem, one sentence selected twice, an order item dated event by event.
 */
const item = (over: Partial<Question>): Question => ({
  id: 'q',
  skill: 'who-said',
  prompt: 'Who is quoted in the article saying “We will build the new wing by spring”?',
  options: ['Ana Ruiz', 'Tom Lee', 'Kim Park'],
  answer: 0,
  evidence: [4, 5],
  explanation: '',
  difficulty: 1,
  ...over,
});
const proof = (id: string, skill: Question['skill'], prompt: string, sentences: number[]): Question =>
  item({ id, skill, kind: 'evidence', prompt, options: [], answer: -1, evidence: sentences, key: { kind: 'sentences', sentences, within: 20 } });
const ids = (bank: Question[]) => oneQuiz(bank).map((q) => q.id);

describe('one person settled by one sentence', () => {
  const quote = item({ id: 'said' });
  const role = item({ id: 'role', skill: 'who-is', prompt: 'Which person does the article describe as “chief executive”?', options: ['Tom Lee', 'Ana Ruiz', 'Kim Park'], answer: 1, evidence: [5] });

  it('keeps one of "who said …?" and "who is the chief executive?" keyed to the same person on a sentence in common', () => {
    expect(ids([quote, role])).toEqual(['said']);
    const asTwoPart = { ...role, kind: 'two-part' as const, key: { kind: 'two-part' as const, answer: 1, options: 3, sentences: [5], within: 20 } };
    expect(ids([quote, asTwoPart])).toEqual(['role']);
  });

  it('keeps one of a who-said item and "Which sentence shows that Ana Ruiz is …?" on its sentence', () => {
    expect(ids([quote, proof('shows', 'who-is', 'Which sentence shows that Ana Ruiz is the chief executive?', [5])])).toEqual(['shows']);
  });

  it('keeps both for the same person on different sentences, or two people in one sentence', () => {
    expect(ids([quote, { ...role, evidence: [9] }])).toEqual(['said', 'role']);
    expect(ids([quote, { ...role, options: ['Tom Lee', 'Ben Ode', 'Kim Park'] }])).toEqual(['said', 'role']);
  });
});

describe('an option that is another item’s key', () => {
  const gap = (id: string, options: string[], answer: number, sentence: number) =>
    item({ id, skill: 'numbers', prompt: `Which figure fills the gap? “… ${id} ___ …”`, options, answer, evidence: [sentence] });

  it('keeps one of two figure gaps when one offers the other’s key as a wrong option', () => {
    expect(clash(gap('a', ['340', '120', '410'], 0, 2), gap('b', ['120', '150', '180'], 0, 7))).toBe(true);
    expect(ids([gap('a', ['340', '120', '410'], 0, 2), gap('b', ['120', '150', '180'], 0, 7)])).toEqual(['a']);
  });

  it('keeps both when they offer different values, and names are no keys to avoid', () => {
    expect(ids([gap('a', ['340', '310', '410'], 0, 2), gap('b', ['120', '150', '180'], 0, 7)])).toEqual(['a', 'b']);
    const other = item({ id: 'other', prompt: 'Who is quoted in the article saying “The roof leaks every winter”?', options: ['Tom Lee', 'Ana Ruiz', 'Kim Park'], answer: 0, evidence: [9] });
    expect(ids([item({}), other])).toEqual(['q', 'other']);
  });
});

describe('a stem that prints the proof another item asks for', () => {
  const word = item({ id: 'word', skill: 'vocabulary', prompt: 'The article says: “Justice Ana Ruiz, writing for the court, said the appeal failed.” What does “appeal” mean here?', options: ['x', 'y', 'z'], evidence: [2] });

  it('drops the vocabulary question that quotes the sentence proving "Ana Ruiz is a justice", name and role together', () => {
    expect(ids([word, proof('shows', 'who-is', 'Which sentence shows that Ana Ruiz is a justice?', [2])])).toEqual(['shows']);
    expect(ids([word, proof('who', 'who-said', 'Which sentence shows who said “writing for the court”?', [2])])).toEqual(['who']);
  });

  it('keeps it when the proof is another sentence or the stem does not print what is asked', () => {
    expect(ids([word, proof('shows', 'who-is', 'Which sentence shows that Ana Ruiz is a justice?', [6])])).toEqual(['word', 'shows']);
    expect(ids([word, proof('fig', 'numbers', 'Which sentence shows where the figure of 40 jobs comes from?', [2])])).toEqual(['word', 'fig']);
  });
});

describe('one sentence selected twice', () => {
  it('keeps one of two "find the sentence" items whose keys are the same sentence', () => {
    const a = proof('role', 'who-is', 'Which sentence shows that Ana Ruiz is the mayor?', [8]);
    const b = proof('fig', 'numbers', 'Which sentence shows where the figure of 200 jobs comes from?', [8]);
    expect(ids([a, b])).toEqual(['role']);
    expect(ids([a, { ...b, key: { kind: 'sentences', sentences: [8, 9], within: 20 } }])).toEqual(['role', 'fig']);
  });
});

describe('an order item whose events are dated one by one', () => {
  const order = item({ id: 'order', skill: 'timeline', kind: 'order', prompt: 'Put these 3 events in the order they happened, the earliest first.', options: ['The bridge closed', 'The rain began', 'The search ended'], answer: -1, evidence: [1, 3, 6], key: { kind: 'order', order: [1, 0, 2] } });
  const when = (id: string, sentence: number) => proof(id, 'timeline', `Which sentence shows when this happened: “event ${id}”?`, [sentence]);

  it('keeps the order item and one "when" item on its events, dropping the others', () => {
    expect(ids([order, when('w1', 1), when('w3', 3), when('w6', 6)])).toEqual(['order', 'w1']);
  });

  it('keeps it when one event is dated elsewhere', () => {
    expect(ids([order, when('w1', 1), when('w9', 9)])).toEqual(['order', 'w1', 'w9']);
  });
});
