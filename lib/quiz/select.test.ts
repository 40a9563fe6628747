import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { generateQuestions } from './generate';
import { seedAnalysis } from '@/tests/fixtures/seed-analysis';
import { selectQuiz, toPublicQuestion } from './select';
import { QUESTION_KINDS } from './types';

const { article, analysis } = seedAnalysis();
const all = generateQuestions(article, analysis, { kinds: QUESTION_KINDS });
// A quiz of single-choice questions only: the choice bank made on its own (in the bank of every kind, a two-part item
// replaces the choice question that is its part A).
const bank = generateQuestions(article, analysis);
const byId = new Map([...all, ...bank].map((q) => [q.id, q]));

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

  it('deals every kind unless asked for some, and only those kinds when asked', () => {
    expect(all.some((q) => (q.kind ?? 'choice') !== 'choice')).toBe(true);
    for (const seed of ['a', 'b', 'c']) {
      for (const p of selectQuiz(all, { seed, count: 40, kinds: ['choice'] })) expect(byId.get(p.questionId)!.kind ?? 'choice').toBe('choice');
      expect(selectQuiz(all, { seed, count: 40 }).some((p) => (byId.get(p.questionId)!.kind ?? 'choice') !== 'choice')).toBe(true);
    }
    const evidenceOnly = selectQuiz(all, { seed: 'e', count: 40, kinds: ['evidence'] });
    expect(evidenceOnly.length).toBe(all.filter((q) => q.kind === 'evidence').length);
    for (const p of evidenceOnly) expect(p.order).toEqual([]);
  });

  it('deals every kind when asked: an order item never starts in the right order, and no two dealt questions clash (property)', () => {
    const kinds = QUESTION_KINDS;
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 40 }), (seed, count) => {
        const pick = selectQuiz(all, { seed, count, kinds });
        expect(selectQuiz(all, { seed, count, kinds })).toEqual(pick);
        const dealt = pick.map((p) => byId.get(p.questionId)!);
        expect(new Set(dealt.map((q) => q.prompt)).size).toBe(dealt.length);
        pick.forEach((p, i) => {
          const q = dealt[i];
          if (q.kind === 'evidence') expect(p.order).toEqual([]);
          else expect([...p.order].sort()).toEqual(q.options.map((_, k) => k));
          if (q.key?.kind === 'order') expect(p.order).not.toEqual(q.key.order);
        });
        // A dealt question's prompt never prints the answer of another dealt question.
        for (const a of dealt) {
          for (const b of dealt) {
            if (a === b || (b.kind !== 'two-part' && (b.kind ?? 'choice') !== 'choice') || (a.kind ?? 'choice') === 'choice' && (b.kind ?? 'choice') === 'choice') continue;
            expect(a.prompt.toLowerCase().includes(` ${b.options[b.answer].toLowerCase()} `), `${a.prompt} / ${b.options[b.answer]}`).toBe(false);
          }
        }
        // Nor do two dealt questions, one of a new kind, offer two of the same options.
        for (const a of dealt) {
          for (const b of dealt) {
            if (a === b || ((a.kind ?? 'choice') === 'choice' && (b.kind ?? 'choice') === 'choice')) continue;
            expect(a.options.filter((o) => b.options.includes(o)).length, `${a.prompt} / ${b.prompt}`).toBeLessThan(2);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('deals one of each kind the bank holds in a 10-question quiz, skills still balanced (property)', () => {
    const kinds = new Set(all.map((q) => q.kind ?? 'choice'));
    expect(kinds.size).toBe(QUESTION_KINDS.length);
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const dealt = selectQuiz(all, { seed, count: 10, kinds: QUESTION_KINDS }).map((p) => byId.get(p.questionId)!);
        expect(dealt).toHaveLength(10);
        expect(new Set(dealt.map((q) => q.kind ?? 'choice')), seed).toEqual(kinds);
        const counts = new Map<string, number>();
        for (const q of dealt) counts.set(q.skill, (counts.get(q.skill) ?? 0) + 1);
        const most = Math.max(...counts.values());
        // Round-robin still: a skill is at most one behind the most-picked one (the seed's skills each have 2+ items).
        for (const skill of new Set(all.map((q) => q.skill))) expect(counts.get(skill) ?? 0, skill).toBeGreaterThanOrEqual(most - 1);
      }),
      { numRuns: 100 },
    );
  });

  it('shows how many to pick, never which: evidence, multi and part B of two-part', () => {
    // One kind at a time: dealt together, an order item and a pick over the same events clash, and one is passed over.
    const pick = (['evidence', 'two-part', 'multi', 'order'] as const).flatMap((kind) => selectQuiz(all, { seed: 'kinds', count: 60, kinds: [kind] }));
    const seen = new Set<string>();
    for (const p of pick) {
      const q = byId.get(p.questionId)!;
      const pub = toPublicQuestion(q, p.order);
      seen.add(pub.kind);
      expect(JSON.stringify(pub)).not.toMatch(/"(?:answer|answers|sentences|key|evidence|explanation|order)":/);
      if (q.key?.kind === 'sentences') expect(pub).toMatchObject({ options: [], pick: q.key.sentences.length });
      if (q.key?.kind === 'several') expect(pub.pick).toBe(2);
      if (q.key?.kind === 'two-part') expect(pub.partB).toEqual({ prompt: q.partB!.prompt, pick: q.key.sentences.length });
      if (q.key?.kind === 'order') expect(pub.options).toEqual(p.order.map((i) => q.options[i]));
    }
    expect([...seen].sort()).toEqual(['evidence', 'multi', 'order', 'two-part']);
  });
});
