import type { Question, Skill } from './types';
import { fnv1a, mulberry32, norm, shuffle } from './util';
import { dropPersonGiveaways, rolePair } from './giveaway-people';
import { DATED } from './generators/timeline';

/**
 * The most questions one skill may keep in a bank. Vocabulary and who-said can produce dozens on a long article,
 * which would crowd out the rarer skills a quiz needs; statistics has only three questions to give. Who-said and
 * numbers keep more than the rest: a story that quotes many people should get most of its quotes asked, and one
 * full of figures its key numbers (the deal takes one question per skill per round, so no other skill loses).
 */
export const SKILL_CAPS: Record<Skill, number> = {
  statistics: 4,
  vocabulary: 6,
  'who-said': 8,
  'who-is': 6,
  timeline: 6,
  'record-or-claim': 6,
  source: 4,
  'spot-error': 5,
  numbers: 6,
};

/**
 * Keeps at most `caps[skill]` questions per skill. Generators list their best questions first; within that
 * order, questions on a sentence and with an answer not yet kept win the first pass, so "who is X? Councillor"
 * four times over gives way to varied questions. The kept questions stay in their original order.
 */
export function capPerSkill(questions: Question[], caps: Record<Skill, number> = SKILL_CAPS): Question[] {
  const keep = new Set<Question>();
  const bySkill = new Map<Skill, Question[]>();
  for (const q of questions) {
    const list = bySkill.get(q.skill);
    if (list) list.push(q);
    else bySkill.set(q.skill, [q]);
  }
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
 * Spreads each skill's keys evenly over the option positions, in an order no reader can predict: a skill's
 * questions get a run of positions (k, k+1, … modulo the options, from a start k) shuffled by a generator seeded
 * with the skill's first question's id. A bank whose keys sit in one place more often than chance, or step along in turn, teaches a pattern, not a
 * skill (quizzes are also shuffled when dealt, but the CLI and the teacher's review show this order).
 */
export function spreadKeys(questions: Question[]): Question[] {
  const bySkill = new Map<Skill, Question[]>();
  for (const q of questions) {
    const list = bySkill.get(q.skill);
    if (list) list.push(q);
    else bySkill.set(q.skill, [q]);
  }
  const at = new Map<Question, number>();
  for (const list of bySkill.values()) {
    const width = Math.max(...list.map((q) => q.options.length));
    const rand = mulberry32(parseInt(fnv1a(list[0].id), 16));
    // The run of positions starts anywhere, so a skill with one or two questions is not always keyed A or B.
    const start = Math.floor(rand() * width);
    const slots = shuffle(list.map((_, k) => (start + k) % width), rand);
    list.forEach((q, k) => at.set(q, slots[k] % q.options.length));
  }
  return questions.map((q) => {
    const to = at.get(q) ?? q.answer;
    // Distractors set out in order (figures on a ladder, dates in time) take the key on its own rung: anywhere else
    // it would be the one option out of order, which a reader spots without reading the article.
    const onRung = keyOnItsRung(q);
    if (onRung) return onRung;
    if (to === q.answer) return q;
    const others = q.options.filter((_, i) => i !== q.answer);
    return { ...q, options: [...others.slice(0, to), q.options[q.answer], ...others.slice(to)], answer: to };
  });
}

const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** The value an option is ordered by: a calendar date when it names a month, else its first figure; null for none. */
function orderValue(option: string): number | null {
  if (MONTH.test(option)) {
    const t = Date.parse(option.replace(/^[A-Za-z]+day,\s*/, ''));
    if (!Number.isNaN(t)) return t;
  }
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(option);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/** Are the options a run of different figures or dates, strictly rising or strictly falling? */
export function inOrder(options: readonly string[]): boolean {
  if (options.length < 2) return false;
  const values = options.map(orderValue);
  if (values.some((x) => x === null)) return false;
  const n = values as number[];
  return n.every((x, i) => i === 0 || x > n[i - 1]) || n.every((x, i) => i === 0 || x < n[i - 1]);
}

/**
 * When a question's distractors are a run of figures or dates in order, the question with the key put where its
 * value falls among them (the run kept as it is); null otherwise.
 */
export function keyOnItsRung(q: Question): Question | null {
  const others = q.options.filter((_, i) => i !== q.answer);
  if (others.length < 2 || !inOrder(others)) return null;
  const key = orderValue(q.options[q.answer])!;
  const values = others.map((o) => orderValue(o)!);
  const rising = values[1] > values[0];
  const at = values.findIndex((v) => (rising ? v > key : v < key));
  const to = at === -1 ? others.length : at;
  const options = [...others.slice(0, to), q.options[q.answer], ...others.slice(to)];
  return inOrder(options) ? { ...q, options, answer: to } : null;
}

/** Does a prompt print a one-word role as a title right before the name or its surname ("Judge Castellanos")? */
function printsTitle(text: string, role: string, name: string): boolean {
  const r = norm(role);
  if (/\s/.test(r)) return false;
  const t = ` ${norm(text).replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ')} `;
  const forms = [name, name.split(/\s+/).pop() ?? name].map(norm).filter((f) => f.length > 2);
  return forms.some((f) => t.includes(` ${r} ${f} `) || t.includes(` ${r} ${f}'`));
}

/**
 * Leaves out a question whose date or figure another question's prompt already prints ("launched in 1999" quoted
 * in a who-said prompt, then "When was it launched? 1999"), or whose prompt prints such an answer of another.
 * Names are exempt: a prompt that names someone does not tell which quotation or role is theirs. Of the two, the
 * question given away goes, unless its skill is rarer than the other's. A name with the quotation or the role a
 * who-said or who-is question asks about does give it away (dropPersonGiveaways).
 */
export function dropGiveaways(questions: Question[], names: string[]): Question[] {
  const isName = new Set(names.map(norm));
  // Whole-word search, prepared once per question: " 1999 " in " … launched in 1999 and … ".
  const words = (text: string) => ` ${norm(text).replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  // The article's date printed for counting weekdays is on the article page too: it tells nothing new.
  const prompt = new Map(questions.map((q) => [q, words(q.prompt.split(DATED)[0])]));
  const telling = new Map<Question, string>();
  for (const q of questions) {
    const a = q.options[q.answer];
    // Dates and figures: a prompt that quotes "launched in 1999" answers "when was it launched?". Words and
    // roles printed in a quoted sentence are the article's own text and give nothing away on their own.
    if (/\d/.test(a) && !isName.has(norm(a)) && norm(a).replace(/[^\p{L}\p{N}]/gu, '').length >= 3) telling.set(q, words(a));
  }
  // A title and its person: "who is Miriam Castellanos? Judge" is given away by any stem that prints "Judge
  // Miriam Castellanos" (a one-word role written as a title right before the name).
  for (const q of questions) {
    const pair = rolePair(q);
    if (pair && questions.some((o) => o !== q && printsTitle(o.prompt, pair.role, pair.name))) telling.set(q, '');
  }
  // A pair: one question prints the other's answer. The one given away goes, unless its skill is the rarer one
  // (a date is asked once, a quotation has many questions): then the one that prints it goes.
  const count = new Map<string, number>();
  for (const q of questions) count.set(q.skill, (count.get(q.skill) ?? 0) + 1);
  const dropped = new Set<Question>();
  for (const victim of questions) {
    const answer = telling.get(victim);
    if (answer === undefined || dropped.has(victim)) continue;
    const pair = answer === '' ? rolePair(victim) : null;
    for (const printer of questions) {
      if (printer === victim || dropped.has(printer)) continue;
      if (pair ? !printsTitle(printer.prompt, pair.role, pair.name) : !prompt.get(printer)!.includes(answer)) continue;
      // A title printed before a name is the article's own text, shown again by any stem that quotes it: the role
      // question goes, not the stem.
      dropped.add(!pair && (count.get(victim.skill) ?? 0) < (count.get(printer.skill) ?? 0) ? printer : victim);
      if (dropped.has(victim)) break;
    }
  }
  // Then who said what and who is who: a stem that prints the name beside the quotation or the role.
  return dropPersonGiveaways(questions.filter((q) => !dropped.has(q)));
}
