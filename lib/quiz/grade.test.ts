import { describe, it, expect } from 'vitest';
import { generateQuestions } from './generate';
import { seedAnalysis } from '@/tests/fixtures/seed-analysis';
import { gradeAttempt, GradeError } from './grade';

const { article, analysis } = seedAnalysis();
const quiz = generateQuestions(article, analysis).slice(0, 5);
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
