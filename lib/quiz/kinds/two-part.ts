import type { Analysis } from '../../analysis/types';
import type { Question, Skill } from '../types';
import { containsWords, excerpt, fnv1a, label, listing, norm, proofExcerpt, textOf } from '../util';
import { mightProve } from './proof';
import { numbersIn } from './figures';
import { silent, type Note } from './notes';
import { clash } from '../one-quiz';

/** The most two-part items one article keeps. */
export const TWO_PART_CAP = 6;

/**
 * The choice questions that can take a part B: the skills where the answer rests on one or two sentences a student
 * can find. Prompts that print the whole sentence (a blank to fill) are left out: part B would be given away.
 */
const PART_A = [
  /^Whose words are these: “/,
  /^Who is quoted in the article saying “/,
  /^In this interview, who says: “/,
  /^The article reports: “/,
  /^When did this happen, according to [^“”:]+: “/,
  /^Which person does the article describe as “/,
  /^According to the article, who is [^“”]+\?$/,
  /^Which figure does the article give for “/,
];

/** "A day later", "the next day": a date counted from another sentence, which part B would also need. */
const ANCHORED = /\b(?:later|earlier|next|following|previous|before|after|that|same)\b/i;

/** The words a part A quotes from the article, without the ellipses an excerpt adds. */
function quotedOf(prompt: string): string | null {
  const m = /“(.+)”/.exec(prompt);
  return m ? m[1].replace(/^…|…$/g, '').trim() : null;
}

/** Does the sentence hold the quoted words (the first 25 characters, as the property tests look for them; short ones whole)? */
const holds = (text: string, quoted: string) => (norm(quoted).length < 25 ? containsWords(text, quoted) : norm(text).includes(norm(quoted).slice(0, 25)));

/** The sentences that support a part A's answer, when its evidence is all of them and nothing else might; else null. */
function support(analysis: Analysis, q: Question): number[] | string {
  if (!PART_A.some((re) => re.test(q.prompt))) return 'not a kind of question that takes a part B';
  if (q.evidence.length < 1 || q.evidence.length > 2) return `rests on ${q.evidence.length} sentences`;
  // "Who is Alec Baldwin? Star": the role the answer names is what part B must find.
  // "Which figure … for “pilgrims”?": the figure itself ("345 Muslim pilgrims") is what part B must find.
  const quoted = /^(?:According to the article, who is|Which figure does the article give)/.test(q.prompt) ? q.options[q.answer] : quotedOf(q.prompt);
  // A role may be one word ("armorer"), a figure two ("45 particles"): the number makes it findable.
  if (!quoted || quoted.split(/\s+/).length < (q.skill === 'who-is' ? 1 : q.skill === 'numbers' ? 2 : 3)) return 'quotes too few words to find';
  const within = analysis.sentences;
  const holding = within.filter((s) => holds(s.text, quoted)).map((s) => s.index);
  if (holding.length === 0 || !holding.every((i) => q.evidence.includes(i))) return 'the quoted words are in other sentences too';
  const fact = { person: null, words: quoted };
  // A figure is supported by its number: another sentence with the number could be the support, "pilgrims" alone not.
  const number = q.skill === 'numbers' ? /\d[\d,]*(?:\.\d+)?/.exec(quoted)?.[0]?.replace(/,/g, '') : undefined;
  const rivals = number ? (text: string) => numbersIn(text).has(number) || containsWords(text, quoted) : (text: string) => mightProve(text, fact);
  const rival = within.find((s) => !q.evidence.includes(s.index) && rivals(s.text));
  if (rival) return `another sentence might support it (sentence ${rival.index + 1})`;
  if (q.skill === 'timeline') {
    // The date must be written in the sentence itself, not counted from another one.
    const mention = analysis.dates.find((d) => d.sentence === q.evidence[0]);
    if (q.evidence.length !== 1 || !mention || ANCHORED.test(mention.text)) return 'the date is counted from another sentence';
  }
  // In an interview the speaker's label opens the turn, outside the sentences' text (see turnProof).
  const turn = /^In this interview, who says/.test(q.prompt);
  if (q.skill === 'who-said' && !turn && q.evidence.length === 2 && !q.evidence.some((i) => norm(textOf(within, i)).includes(norm(q.options[q.answer]).split(' ').pop()!))) {
    return 'the speaker is named in neither sentence';
  }
  // "Okonjo denied … Okonjo said. He said that …": part B keys the pronoun's sentence with the nearest one naming the
  // speaker, so another sentence just before that names them as well would be as right, and be marked wrong.
  // A post or statement set off on its own has one line that introduces it, and that line is the one to find.
  if (q.skill === 'who-said' && !turn && q.evidence.length === 2 && !/^Whose words are these/.test(q.prompt)) {
    const surname = norm(q.options[q.answer]).split(' ').pop()!;
    const names = (i: number) => norm(textOf(within, i)).includes(surname);
    const [first, last] = [...q.evidence].sort((x, y) => x - y);
    const rival = names(last) ? undefined : within.find((s) => s.index >= first - 3 && s.index < last && !q.evidence.includes(s.index) && names(s.index));
    if (rival) return `another sentence names the speaker too (sentence ${rival.index + 1})`;
  }
  return q.evidence;
}

/** A part A with its part B: the sentence(s) that support the answer. */
function withPartB(analysis: Analysis, q: Question, sentences: number[]): Question {
  const two = sentences.length === 2;
  // The quote keeps what proves part A in view: the answer as written (a name, its surname), the date written in
  // the sentence for a "when" item, and the opening of the words part A quotes.
  const key = typeof q.answer === 'number' ? q.options[q.answer] ?? '' : '';
  const quotedWords = /“([^”]+)”/.exec(q.prompt)?.[1].split(/\s+/).slice(0, 4).join(' ') ?? '';
  const marks = (i: number) => [
    key,
    key.trim().split(/\s+/).pop() ?? '',
    ...(q.skill === 'timeline' ? analysis.dates.filter((d) => d.sentence === i).map((d) => d.text) : []),
    quotedWords.replace(/[…]+$/, ''),
  ];
  const shown = sentences.map((i) => `${label(i)} (“${proofExcerpt(textOf(analysis.sentences, i), 24, marks(i))}”)`);
  return {
    ...q,
    id: `two-part-${fnv1a(q.id)}`,
    kind: 'two-part',
    partB: { prompt: two ? 'Which two sentences support your answer?' : 'Which sentence supports your answer?' },
    key: { kind: 'two-part', answer: q.answer, options: q.options.length, sentences, within: analysis.sentences.length },
    explanation:
      `${q.explanation} Part B: the answer rests on ${listing(shown)}` +
      `${two ? ', read together' : ''}. A fact-checker points to the line that proves an answer before trusting it.`,
    difficulty: q.difficulty === 1 ? 2 : 3,
  };
}

/**
 * A "find the proof" item from a two-part who-said item whose part B is two sentences, one holding the words and the
 * other naming the speaker ("“It's a floor, not a ceiling.”" after "Lindqvist, who led the count, was blunt."): the
 * student must read back from the words to the person, which a stem printing its one sentence never asks (ninth
 * blind set). Null for any other item.
 */
export function readBackEvidence(analysis: Analysis, q: Question): Question | null {
  if (q.kind !== 'two-part' || q.skill !== 'who-said' || q.key?.kind !== 'two-part' || q.key.sentences.length !== 2) return null;
  const words = /“(.+)”/.exec(q.prompt)?.[1];
  const speaker = q.options[q.answer];
  if (!words || !speaker) return null;
  const surname = norm(speaker).split(' ').pop()!;
  const [first, second] = [...q.key.sentences].sort((a, b) => a - b);
  const naming = norm(textOf(analysis.sentences, first)).includes(surname) ? first : second;
  const holding = naming === first ? second : first;
  // A quotation, whole and within the two sentences: reported words ("He said the difference at …") or a fragment
  // are no one's words to find, and words running into a third sentence would need it too.
  const plain = words.replace(/…/g, ' ').trim();
  const pair = `${textOf(analysis.sentences, first)} ${textOf(analysis.sentences, second)}`;
  if (!/^\p{Lu}/u.test(plain) || !/["“”]/.test(textOf(analysis.sentences, holding)) || !plain.split(/\s{2,}/).every((part) => norm(pair).includes(norm(part)))) return null;
  // Read back from "…,” she said": another sentence just before that names the speaker would be as right a pick.
  const names = (i: number) => norm(textOf(analysis.sentences, i)).includes(surname);
  if (naming === first && analysis.sentences.some((s) => s.index >= first - 3 && s.index < second && s.index !== first && names(s.index))) return null;
  const shown = (i: number, marks: string[]) => `${label(i)} (“${proofExcerpt(textOf(analysis.sentences, i), 24, marks)}”)`;
  const prompt = `Select two sentences. Which sentences show who said “${words}”?`;
  return {
    id: `evidence-${fnv1a(`${prompt}\u0000${first},${second}`)}`,
    skill: 'who-said',
    kind: 'evidence',
    prompt,
    options: [],
    answer: -1,
    key: { kind: 'sentences', sentences: [first, second], within: analysis.sentences.length },
    evidence: [first, second],
    explanation:
      `It takes two sentences: ${shown(holding, [words.split(/\s+/).slice(0, 4).join(' ').replace(/…/g, '')])} holds the words, and ` +
      `${shown(naming, [speaker, speaker.split(/\s+/).pop() ?? ''])} names ${speaker}, who says them. ` +
      'When a quotation’s own sentence names nobody, read back to the sentence that says who is speaking.',
    difficulty: 3,
  };
}

/**
 * Two-part items: part A a choice question of the bank (who said it, who is who, record or claim, when it happened) whose
 * answer rests on one or two sentences, part B those sentences. Only when the words part A quotes are in those
 * sentences and no other sentence might support the answer as well. Skills are taken in turn, so they vary.
 */
export function twoPartQuestions(analysis: Analysis, bank: Question[], note: Note = silent): Question[] {
  const bySkill = new Map<Skill, Question[]>();
  for (const q of bank) {
    if ((q.kind ?? 'choice') !== 'choice') continue;
    const sentences = support(analysis, q);
    if (typeof sentences === 'string') {
      note(`two-part/${q.skill}`, `${sentences}: ${excerpt(q.prompt, 14)}`);
      continue;
    }
    const list = bySkill.get(q.skill) ?? [];
    list.push(withPartB(analysis, q, sentences));
    bySkill.set(q.skill, list);
  }
  const out: Question[] = [];
  const lists = [...bySkill.values()];
  for (let round = 0; out.length < TWO_PART_CAP && lists.some((l) => l.length > round); round++) {
    // Two items with one part B (the date and the record of one ruling) ask the same proof twice: the bank is one quiz.
    for (const list of lists) if (list[round] && out.length < TWO_PART_CAP && !out.some((o) => clash(o, list[round]))) out.push(list[round]);
  }
  return out;
}
