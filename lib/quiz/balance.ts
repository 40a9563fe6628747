import type { Question, Skill } from './types';
import { norm } from './util';

/**
 * The most questions one skill may keep in a bank. Vocabulary and who-said can produce dozens on a long article,
 * which would crowd out the rarer skills a quiz needs; statistics has only three questions to give.
 */
export const SKILL_CAPS: Record<Skill, number> = {
  statistics: 4,
  vocabulary: 8,
  'who-said': 6,
  'who-is': 6,
  timeline: 6,
  'record-or-claim': 6,
  source: 4,
  'spot-error': 5,
  numbers: 4,
};

/**
 * Keeps at most `caps[skill]` questions per skill. Generators list their best questions first; within that
 * order, questions on a sentence and with an answer not yet kept win the first pass, so "who is X? Councillor"
 * four times over gives way to varied questions. The kept questions stay in their original order.
 */
export function capPerSkill(questions: Question[], caps: Record<Skill, number> = SKILL_CAPS): Question[] {
  const keep = new Set<Question>();
  const bySkill = new Map<Skill, Question[]>();
  for (const q of questions) bySkill.set(q.skill, [...(bySkill.get(q.skill) ?? []), q]);
  for (const [skill, list] of bySkill) {
    const cap = caps[skill] ?? list.length;
    const sentences = new Set<number>();
    const answers = new Set<string>();
    const kept: Question[] = [];
    const fresh = (q: Question) =>
      (q.evidence.length > 1 || !sentences.has(q.evidence[0])) && !answers.has(norm(q.options[q.answer]));
    const take = (q: Question) => {
      kept.push(q);
      // A question resting on several sentences (a timeline order) is about none of them in particular.
      if (q.evidence.length === 1) sentences.add(q.evidence[0]);
      answers.add(norm(q.options[q.answer]));
    };
    // Statistics questions all rest on the whole article, so only their answers need to differ.
    for (const q of list) if (kept.length < cap && (skill === 'statistics' || fresh(q))) take(q);
    for (const q of list) if (kept.length < cap && !kept.includes(q)) take(q);
    kept.forEach((q) => keep.add(q));
  }
  return questions.filter((q) => keep.has(q));
}

/**
 * Spreads each skill's keys evenly over the option positions: each next question of a skill has its answer one
 * position further on (modulo the number of options), from a start taken from the first question's id. A bank whose keys sit in one place more often than chance teaches a
 * pattern, not a skill (quizzes are also shuffled when dealt, but the CLI and the teacher's review show this order).
 */
export function spreadKeys(questions: Question[]): Question[] {
  const seen = new Map<Skill, number>();
  return questions.map((q) => {
    // The turn starts where the skill's first question's id says, so a bank's first key is not always option A.
    const k = seen.get(q.skill) ?? (parseInt(q.id.slice(-4), 16) || 0);
    seen.set(q.skill, k + 1);
    const at = k % q.options.length;
    if (at === q.answer) return q;
    const others = q.options.filter((_, i) => i !== q.answer);
    return { ...q, options: [...others.slice(0, at), q.options[q.answer], ...others.slice(at)], answer: at };
  });
}
