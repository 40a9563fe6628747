import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { generateQuestions } from './generate';
import { seedAnalysis } from '@/tests/fixtures/seed-analysis';
import { selectQuiz, toPublicQuestion } from './select';

const { article, analysis } = seedAnalysis();
const bank = generateQuestions(article, analysis);
const byId = new Map(bank.map((q) => [q.id, q]));

describe('selectQuiz', () => {
  it('picks 10 distinct questions by default, one per skill before any skill gets a second', () => {
    const pick = selectQuiz(bank, { seed: 'player-1' });
    expect(pick).toHaveLength(10);
    expect(new Set(pick.map((p) => p.questionId)).size).toBe(10);
    const counts = new Map<string, number>();
    for (const p of pick) counts.set(byId.get(p.questionId)!.skill, (counts.get(byId.get(p.questionId)!.skill) ?? 0) + 1);
    expect(counts.size).toBe(new Set(bank.map((q) => q.skill)).size);
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
  });

  it('is reproducible per seed and balanced for any seed and count (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 20 }), (seed, count) => {
        const a = selectQuiz(bank, { seed, count });
        expect(selectQuiz(bank, { seed, count })).toEqual(a);
        expect(a).toHaveLength(Math.min(count, bank.length));
        expect(new Set(a.map((p) => p.questionId)).size).toBe(a.length);
        const counts = new Map<string, number>();
        for (const p of a) {
          const q = byId.get(p.questionId)!;
          counts.set(q.skill, (counts.get(q.skill) ?? 0) + 1);
          // order is a permutation of the canonical indices
          expect([...p.order].sort()).toEqual(q.options.map((_, i) => i));
        }
        // Round-robin: a skill is at most one behind the most-picked one, unless it has run out of questions.
        const most = Math.max(...counts.values());
        for (const skill of new Set(bank.map((q) => q.skill))) {
          const available = bank.filter((q) => q.skill === skill).length;
          expect(counts.get(skill) ?? 0).toBeGreaterThanOrEqual(Math.min(available, most - 1));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('limits to the requested skills', () => {
    const pick = selectQuiz(bank, { seed: 's', count: 4, skills: ['who-said', 'timeline'] });
    expect(pick.map((p) => byId.get(p.questionId)!.skill).sort()).toEqual(['timeline', 'timeline', 'who-said', 'who-said']);
  });

  it('different seeds shuffle differently', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => JSON.stringify(selectQuiz(bank, { seed: s }))));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('toPublicQuestion shows options in the shuffled order and hides the answer', () => {
    const [p] = selectQuiz(bank, { seed: 'x', count: 1 });
    const q = byId.get(p.questionId)!;
    const pub = toPublicQuestion(q, p.order);
    expect(pub.options).toEqual(p.order.map((i) => q.options[i]));
    expect(Object.keys(pub).sort()).toEqual(['id', 'kind', 'options', 'prompt', 'skill']);
  });
});
