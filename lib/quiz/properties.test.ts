import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildQuestionBank } from './index';
import { selectQuiz, toPublicQuestion } from './select';
import { gradeAttempt } from './grade';
import { norm } from './util';
import { QUESTION_KINDS, type Question } from './types';
import { SKILL_CAPS } from './balance';
import type { Analysis } from '../analysis/types';

const dir = fileURLToPath(new URL('../../tests/fixtures/articles/', import.meta.url));
const files: [string, string, number][] = [
  ['seed', fileURLToPath(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url)), 15],
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f): [string, string, number] => [f, join(dir, f), 8]),
];
const banks = files.map(([name, path, min]) => {
  const text = readFileSync(path, 'utf8');
  // The single-choice bank made on its own, checked below as always; the other kinds have their own checks
  // (kinds.properties.test.ts). In the bank of every kind a few of these give way to the two-part item or the pick
  // that holds them (lib/quiz/one-quiz.ts), so that bank's choice questions are a part of this one.
  const bank = buildQuestionBank(text);
  const whole = buildQuestionBank(text, { kinds: QUESTION_KINDS }).questions.filter((q) => (q.kind ?? 'choice') === 'choice');
  return { name, min, text, ...bank, whole };
});

const answerOf = (q: Question) => q.options[q.answer];
const distractors = (q: Question) => q.options.filter((_, i) => i !== q.answer);
const evidenceText = (q: Question, a: Analysis) => q.evidence.map((i) => a.sentences[i].text).join(' ');
const quoted = (prompt: string) => [...prompt.matchAll(/“([^”]+)”/g)].map((m) => m[1]);

describe.each(banks)('question bank of $name', ({ min, text, analysis, questions, whole }) => {
  it(`has at least ${min} questions across several skills`, () => {
    expect(questions.length).toBeGreaterThanOrEqual(min);
    expect(new Set(questions.map((q) => q.skill)).size).toBeGreaterThanOrEqual(min >= 15 ? 7 : 4);
  });

  it('has 3-4 distinct options with the answer among them, and unique ids', () => {
    for (const q of questions) {
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(4);
      expect(new Set(q.options.map(norm)).size, q.prompt).toBe(q.options.length);
      expect(answerOf(q)).toBeDefined();
    }
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('points at evidence sentences that exist and hold what is asked about', () => {
    for (const q of questions) {
      expect(q.evidence.length).toBeGreaterThan(0);
      for (const i of q.evidence) expect(analysis.sentences[i], q.prompt).toBeDefined();
      const ev = norm(evidenceText(q, analysis));
      // The misspelled word (the key is its right spelling, named in the explanation) is in the evidence.
      if (q.skill === 'spot-error' && !answerOf(q).startsWith('It ')) expect(ev).toContain(norm(/The article writes “([^”]+)”/.exec(q.explanation)![1]));
      if (q.skill === 'vocabulary') expect(ev).toContain(norm(quoted(q.prompt).at(-1)!));
      if (q.skill === 'who-said' && !q.prompt.startsWith('Who fills')) {
        expect(ev).toContain(norm(quoted(q.prompt)[0]).replace(/…$/, '').slice(0, 25));
      }
      if (q.skill === 'who-is' && q.prompt.startsWith('According')) {
        const name = /who is (.+)\?$/.exec(q.prompt)![1];
        expect(ev, q.prompt).toContain(norm(name.split(' ').at(-1)!));
      }
    }
  });

  it('offers no distractor that is also right (where the analysis can tell)', () => {
    for (const q of questions) {
      if (q.skill === 'who-said') {
        const quote = analysis.quotes.find((x) => x.sentence === q.evidence.at(-1) && q.prompt.includes(x.text.slice(0, 20)));
        for (const d of distractors(q)) {
          const said = analysis.quotes.filter((x) => x.speaker && norm(x.speaker) === norm(d));
          expect(said.some((x) => quote && norm(x.text) === norm(quote.text)), `${d} said ${quote?.text}`).toBe(false);
        }
      }
      if (q.skill === 'spot-error' && !answerOf(q).startsWith('It ')) {
        for (const d of distractors(q)) expect(analysis.spelling.map((s) => norm(s.word))).not.toContain(norm(d));
      }
      if (q.skill === 'who-is' && q.prompt.startsWith('According')) {
        const name = /who is (.+)\?$/.exec(q.prompt)![1];
        const person = analysis.people.find((p) => p.name === name)!;
        for (const d of distractors(q)) expect(person.roles.map(norm)).not.toContain(norm(d));
      }
      if (q.skill === 'record-or-claim') {
        const here = analysis.statements.filter((s) => q.evidence.includes(s.sentence));
        for (const d of distractors(q).filter((x) => x.startsWith('A claim by '))) {
          const who = d.slice('A claim by '.length);
          const claimed = here.filter((s) => s.kind === 'claim' && s.who && norm(s.who) === norm(who));
          expect(claimed.some((s) => q.prompt.includes(s.content.slice(0, 20))), d).toBe(false);
        }
      }
    }
  });

  it('never gives the answer away in the prompt, and explains with the evidence', () => {
    for (const q of questions) {
      expect(norm(q.prompt)).not.toContain(norm(answerOf(q)));
      expect(q.explanation.length).toBeGreaterThan(40);
      expect(q.evidence.some((i) => q.explanation.includes(`sentence ${i + 1}`)), q.explanation).toBe(true);
    }
  });

  it('never points the reader at sentence numbers they cannot see, and keeps every skill within its cap', () => {
    for (const q of questions) expect(q.prompt, q.prompt).not.toMatch(/\bsentence \d+/i);
    for (const [skill, cap] of Object.entries(SKILL_CAPS)) {
      expect(questions.filter((q) => q.skill === skill).length, skill).toBeLessThanOrEqual(cap);
    }
  });

  it('asks no vocabulary on a sentence that misuses the term, and no record-or-claim about a judge', () => {
    for (const q of questions.filter((x) => x.skill === 'vocabulary')) {
      const term = /What does “([^”]+)” mean here\?$/.exec(q.prompt)![1];
      const hit = analysis.terms.find((t) => t.misstatement?.sentence === q.evidence[0] && norm(term).startsWith(norm(t.term).slice(0, 4)));
      expect(hit, q.prompt).toBeUndefined();
    }
    const bench = analysis.people.filter((p) => p.roles.some((r) => /\b(judge|justice|court)\b/i.test(r))).map((p) => p.name);
    for (const q of questions.filter((x) => x.skill === 'record-or-claim')) {
      for (const name of bench) expect(answerOf(q), q.prompt).not.toBe(`A claim by ${name}`);
    }
  });

  it('is deterministic: the same text gives the same questions', () => {
    expect(buildQuestionBank(text).questions).toEqual(questions);
  });

  it('keeps, in the bank of every kind, only choice questions of the choice bank', () => {
    expect(whole.filter((q) => !questions.some((c) => c.id === q.id))).toEqual([]);
  });

  it('selects a balanced, reproducible quiz whose shuffled options grade correctly (property)', () => {
    const byId = new Map(questions.map((q) => [q.id, q]));
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 12 }), (seed, count) => {
        const pick = selectQuiz(questions, { seed, count });
        expect(selectQuiz(questions, { seed, count })).toEqual(pick);
        expect(pick).toHaveLength(Math.min(count, questions.length));
        expect(new Set(pick.map((p) => p.questionId)).size).toBe(pick.length);
        const perSkill = new Map<string, number>();
        for (const p of pick) perSkill.set(byId.get(p.questionId)!.skill, (perSkill.get(byId.get(p.questionId)!.skill) ?? 0) + 1);
        const available = new Map<string, number>();
        for (const q of questions) available.set(q.skill, (available.get(q.skill) ?? 0) + 1);
        // Balanced: a skill has two more than another only when that other has run out of questions.
        for (const [a, na] of perSkill) {
          for (const [b] of available) {
            const nb = perSkill.get(b) ?? 0;
            if (na - nb >= 2) expect(nb, `${a} vs ${b}`).toBe(available.get(b));
          }
        }
        // The player clicks the shown position of the right answer; mapping it back through order grades correct.
        const quiz = pick.map((p) => byId.get(p.questionId)!);
        const answers = Object.fromEntries(
          pick.map((p) => {
            const q = byId.get(p.questionId)!;
            const shown = toPublicQuestion(q, p.order).options.indexOf(answerOf(q));
            return [q.id, p.order[shown]];
          }),
        );
        expect(gradeAttempt(quiz, answers).score).toBe(quiz.length);
      }),
      { numRuns: 60 },
    );
  });
});
