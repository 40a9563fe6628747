import { describe, it, expect } from 'vitest';
import { generateQuestions } from './generate';
import { seedAnalysis } from '@/tests/fixtures/seed-analysis';
import { gradeAttempt, gradeSheet, GradeError, orderPairs, singleChoiceKey, type AnswerKey, type PlayerResponse } from './grade';
import { readSheet } from './sheet';

const { article, analysis } = seedAnalysis();
const quiz = generateQuestions(article, analysis).slice(0, 5);
const quiz5 = quiz;
const right = Object.fromEntries(quiz.map((q) => [q.id, q.answer]));
const wrong = Object.fromEntries(quiz.map((q) => [q.id, (q.answer + 1) % q.options.length]));

describe('gradeAttempt', () => {
  it('scores all right, all wrong and partly right sheets', () => {
    expect(gradeAttempt(quiz, right)).toMatchObject({ score: 5, maxScore: 5 });
    expect(gradeAttempt(quiz, wrong)).toMatchObject({ score: 0, maxScore: 5 });
    const partial = gradeAttempt(quiz, { ...wrong, [quiz[1].id]: quiz[1].answer, [quiz[3].id]: quiz[3].answer });
    expect(partial.score).toBe(2);
    expect(partial.results.map((r) => r.correct)).toEqual([false, true, false, true, false]);
    expect(partial.results[1]).toEqual({ questionId: quiz[1].id, chosen: quiz[1].answer, correct: true });
  });

  it('rejects an answer to a question that is not in the quiz', () => {
    expect(() => gradeAttempt(quiz, { ...right, 'who-said-00000000': 0 })).toThrow(GradeError);
    expect(() => gradeAttempt(quiz, { ...right, 'who-said-00000000': 0 })).toThrow(/not in this quiz/);
  });

  it('rejects a missing answer, naming the question number', () => {
    const missing = { ...right };
    delete missing[quiz[2].id];
    expect(() => gradeAttempt(quiz, missing)).toThrow('Question 3 has no answer');
  });

  it('rejects an option that does not exist', () => {
    expect(() => gradeAttempt(quiz, { ...right, [quiz[0].id]: 7 })).toThrow(/Question 1: the chosen option does not exist/);
    expect(() => gradeAttempt(quiz, { ...right, [quiz[0].id]: 1.5 })).toThrow(GradeError);
  });
});

type Graded = { id: string; key: AnswerKey };

describe('gradeSheet with every kind of answer', () => {
  const one: Graded = { id: 'one', key: { kind: 'one', answer: 2, options: 4 } };
  const several: Graded = { id: 'several', key: { kind: 'several', answers: [0, 2, 3], options: 5, points: 3 } };
  const order: Graded = { id: 'order', key: { kind: 'order', order: [2, 0, 3, 1], points: 6 } };
  const sentences: Graded = { id: 'sentences', key: { kind: 'sentences', sentences: [4, 7], within: 12 } };
  const quiz = [one, several, order, sentences];
  const allRight: Record<string, PlayerResponse> = {
    one: { kind: 'one', option: 2 },
    several: { kind: 'several', options: [3, 0, 2] },
    order: { kind: 'order', order: [2, 0, 3, 1] },
    sentences: { kind: 'sentences', sentences: [7, 4] },
  };

  it('gives full marks to a fully right sheet, whatever order the picks come in', () => {
    const result = gradeSheet(quiz, allRight);
    expect(result).toMatchObject({ score: 11, maxScore: 11 });
    expect(result.answers.map((a) => [a.questionId, a.correct, a.credit, a.points])).toEqual([
      ['one', true, 1, 1], ['several', true, 1, 3], ['order', true, 1, 6], ['sentences', true, 1, 1],
    ]);
  });

  it('gives partial credit: right picks less wrong picks, pairs in the right order', () => {
    const result = gradeSheet(quiz, {
      one: { kind: 'one', option: 1 },
      several: { kind: 'several', options: [0, 2, 1] }, // two right, one wrong: (2 - 1) / 3
      order: { kind: 'order', order: [0, 2, 3, 1] }, // of its neighbours 0-2, 2-3, 3-1 only 3-1 are neighbours in the key
      sentences: { kind: 'sentences', sentences: [4] }, // half, but the question is worth 1 point: floor(0.5)
    });
    expect(result.answers.map((a) => [a.correct, a.credit, a.points])).toEqual([
      [false, 0, 0], [false, 1 / 3, 1], [false, 1 / 3, 2], [false, 0.5, 0],
    ]);
    expect(result).toMatchObject({ score: 3, maxScore: 11 });
  });

  it('marks each neighbouring pair of an order right or wrong, and credits the share of right ones', () => {
    expect(orderPairs([1, 2, 0, 3], [0, 1, 2, 3])).toEqual([
      { before: 1, after: 2, right: true }, { before: 2, after: 0, right: false }, { before: 0, after: 3, right: false },
    ]);
    const credit = (o: number[]) => gradeSheet([order], { order: { kind: 'order', order: o } }).answers[0].credit;
    // The key is 2, 0, 3, 1. Moving its first item to the end keeps 0-3 and 3-1 side by side.
    expect(credit([0, 3, 1, 2])).toBe(2 / 3);
    // No two items side by side as in the key: nothing (though 2 still comes before 3, as in the key).
    expect(credit([0, 2, 1, 3])).toBe(0);
  });

  it('earns little for picking everything, nothing for the reverse order', () => {
    const result = gradeSheet([several, order], {
      several: { kind: 'several', options: [0, 1, 2, 3, 4] },
      order: { kind: 'order', order: [1, 3, 0, 2] },
    });
    expect(result.answers.map((a) => a.points)).toEqual([1, 0]); // 3 right, 2 wrong: (3 - 2) / 3 of 3 points
    expect(gradeSheet([order], { order: { kind: 'order', order: [1, 3, 0, 2] } }).answers[0].credit).toBe(0);
  });

  it('weighs answers with a points rule (confidence, say), which may go below zero but must give whole numbers', () => {
    const confident = (a: { correct: boolean; maxPoints: number }) => (a.correct ? 2 * a.maxPoints : -1);
    const result = gradeSheet([one, sentences], { one: { kind: 'one', option: 0 }, sentences: { kind: 'sentences', sentences: [4, 7] } }, confident);
    expect(result.answers.map((a) => a.points)).toEqual([-1, 2]);
    expect(result.score).toBe(1);
    expect(() => gradeSheet([several], { several: allRight.several }, (a) => a.credit / 2)).toThrow(/whole numbers/);
  });

  it('refuses a response of the wrong kind, naming the question', () => {
    expect(() => gradeSheet(quiz, { ...allRight, order: { kind: 'several', options: [0] } })).toThrow('Question 3 needs a different kind of answer.');
    expect(() => gradeSheet(quiz, { ...allRight, order: { kind: 'several', options: [0] } })).toThrow(expect.objectContaining({ questionId: 'order' }));
  });

  it('refuses picks that do not fit the question', () => {
    const refuse = (id: string, response: PlayerResponse) => () => gradeSheet(quiz, { ...allRight, [id]: response });
    expect(refuse('several', { kind: 'several', options: [] })).toThrow('Question 2: pick at least one option.');
    expect(refuse('several', { kind: 'several', options: [0, 5] })).toThrow('Question 2: one of the chosen options does not exist.');
    expect(refuse('several', { kind: 'several', options: [0, 0, 2] })).toThrow('Question 2: each choice may be picked only once.');
    expect(refuse('order', { kind: 'order', order: [2, 0, 3] })).toThrow(/Question 3: put every item/);
    expect(refuse('order', { kind: 'order', order: [2, 0, 3, 3] })).toThrow(/Question 3: put every item/);
    expect(refuse('order', { kind: 'order', order: [2, 0, 3, 4] })).toThrow(/Question 3: put every item/);
    expect(refuse('sentences', { kind: 'sentences', sentences: [12] })).toThrow('Question 4: one of the chosen sentences is not in the article.');
    expect(refuse('sentences', { kind: 'sentences', sentences: [1.5] })).toThrow(GradeError);
    const missing = { ...allRight };
    delete (missing as Record<string, unknown>).order;
    expect(() => gradeSheet(quiz, missing)).toThrow('Question 3 has no answer. Pick an answer for every question.');
  });

  it('scores a two-part item 2 for both parts, 1 for part A alone, 0 when part A is wrong', () => {
    const item: Graded = { id: 'pair', key: { kind: 'two-part', answer: 1, options: 4, sentences: [3], within: 10 } };
    const points = (option: number, sentences: number[]) => gradeSheet([item], { pair: { kind: 'two-part', option, sentences } });
    expect(points(1, [3])).toMatchObject({ score: 2, maxScore: 2 });
    expect(points(1, [2]).score).toBe(1);
    expect(points(1, [3, 2]).score).toBe(1);
    expect(points(0, [3]).score).toBe(0);
    expect(() => points(4, [3])).toThrow('Question 1, part A: the chosen option does not exist (pick 1 to 4).');
    expect(() => points(1, [10])).toThrow('Question 1, part B: one of the chosen sentences is not in the article.');
    expect(() => points(1, [])).toThrow('Question 1, part B: pick a sentence.');
  });

  it('grades single choice exactly as gradeAttempt does', () => {
    const sheet = gradeSheet(quiz5.map((q) => ({ id: q.id, key: singleChoiceKey(q) })), Object.fromEntries(quiz5.map((q) => [q.id, { kind: 'one', option: right[q.id] } as PlayerResponse])));
    expect(sheet).toMatchObject({ score: 5, maxScore: 5 });
  });
});

describe('readSheet', () => {
  const plan = [{ questionId: 'a', order: [2, 0, 1] }, { questionId: 'b', order: [1, 0, 3, 2] }];

  it('undoes the player’s option shuffle', () => {
    expect(readSheet(plan, { a: 0, b: 2 })).toEqual({ a: { kind: 'one', option: 2 }, b: { kind: 'one', option: 3 } });
  });

  it('names the question of a missing or impossible answer, and refuses a question that was not dealt', () => {
    expect(() => readSheet(plan, { a: 0 })).toThrow(expect.objectContaining({ message: 'Question 2 has no answer yet. Pick one option.', questionId: 'b' }));
    expect(() => readSheet(plan, { a: 3, b: 0 })).toThrow(expect.objectContaining({ message: 'Question 1 has an answer that is not one of its options.', questionId: 'a' }));
    expect(() => readSheet(plan, { a: -1, b: 0 })).toThrow(/Question 1 has an answer that is not/);
    expect(() => readSheet(plan, { a: 0.5, b: 0 })).toThrow(/Question 1 has an answer that is not/);
    expect(() => readSheet(plan, { a: 0, b: 0, c: 1 })).toThrow('One of the answers is for a question that is not in this quiz.');
    expect(() => readSheet(plan, JSON.parse('{"a":0,"b":0,"__proto__":1}'))).toThrow(/not in this quiz/);
  });

  it('names every unfinished question at once: blanks together, and a blank beside a half-answered question', () => {
    const three = [
      { questionId: 'a', order: [0, 1, 2] },
      { questionId: 'b', order: [0, 1, 2], key: { kind: 'sentences' as const, sentences: [3, 4], within: 9 } },
      { questionId: 'c', order: [0, 1, 2] },
    ];
    expect(() => readSheet(three, { b: { sentences: [3, 4] } })).toThrow(
      expect.objectContaining({ message: 'Questions 1 and 3 have no answer yet.', questionId: 'a', missing: ['a', 'c'] }),
    );
    expect(() => readSheet(three, { a: 0, b: { sentences: [3] } })).toThrow(
      expect.objectContaining({
        message: 'Questions 2 and 3 are not finished yet. Question 2: select exactly 2 sentences (you selected 1). Question 3 has no answer yet.',
        questionId: 'b',
        missing: ['b', 'c'],
      }),
    );
    // One problem alone keeps its own message.
    expect(() => readSheet(three, { a: 0, b: { sentences: [3] }, c: 1 })).toThrow(
      expect.objectContaining({ message: 'Question 2: select exactly 2 sentences (you selected 1).', questionId: 'b' }),
    );
  });
});
