import type { Analysis, Person } from '../../analysis/types';
import { mentions } from '../people';

/**
 * Which sentences of an article prove a fact. A fact is who it is about (a person, or nobody) and the words that
 * say it. A keyed sentence must hold the person and every word; any other sentence that holds the person (or a
 * pronoun that could stand for them) and half the words could prove it too, so the item is asked only when the
 * sentences that could prove it are exactly the keyed ones. This errs towards asking less: precision first.
 */
export interface Fact {
  /** Who the fact is about; null when it is about no one (an event, a figure). */
  person: Person | null;
  /** The words that state the fact (a quotation, a role, an event phrase). */
  words: string;
  /** What a keyed sentence must also hold to state the fact (the role written right beside the name, say). */
  also?: (text: string) => boolean;
  /**
   * What makes another sentence a rival proof, when the generic test (half the words, or a distinguishing word)
   * misjudges the fact: a figure is proved by its number, and "people" elsewhere proves nothing about "76 people".
   */
  rival?: (text: string) => boolean;
}

/** Words too common to tell one sentence from another. */
const STOP = new Set(
  ('a an the and or but of to in on at by for with from as into onto over under about after before than then that this these those ' +
    'is are was were be been being has have had do does did will would can could may might must shall should not no nor ' +
    'it its he she they them his her their him we our you your i me my who whom whose which what when where why how ' +
    'said says say told also just now there here so such very more most some any all each other one two up out off if ' +
    'mr mrs ms dr according while still even only')
    .split(' '),
);

const PRONOUN = /\b(?:he|she|they|him|her|them|his|hers|their|theirs)\b/i;

/** A word cut to its first five letters, so "dismissed", "dismiss" and "dismissal" meet. */
const stem = (w: string) => w.slice(0, 5);

/** The distinct stems of a text's content words (no stop words, no words of the person's names). */
export function keyStems(text: string, person: Person | null = null): string[] {
  const names = new Set<string>();
  // "Judge Finch" is a name, but "judge" is also the role a fact may be about.
  const roles = new Set(person ? person.roles.flatMap(words) : []);
  if (person) for (const n of [person.name, ...person.aliases]) for (const w of words(n)) if (!roles.has(w)) names.add(w);
  // Figures count whatever their length: "4" is what tells "4 million visitors" from "6 million visitors".
  return [...new Set(words(text).filter((w) => (w.length > 2 || /\d/.test(w)) && !STOP.has(w) && !names.has(w)).map(stem))];
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The stems a sentence holds. */
function stemsOf(text: string): Set<string> {
  return new Set(words(text).map(stem));
}

/** Does the sentence hold the person and every word of the fact? */
export function states(text: string, fact: Fact): boolean {
  if (fact.person && !mentions(text, fact.person)) return false;
  if (fact.also && !fact.also(text)) return false;
  const have = stemsOf(text);
  const need = keyStems(fact.words, fact.person);
  return need.length > 0 && need.every((s) => have.has(s));
}

/** Could the sentence prove the fact: the person (or a pronoun) and at least half its words? */
export function mightProve(text: string, fact: Fact): boolean {
  if (fact.person && !mentions(text, fact.person) && !PRONOUN.test(text)) return false;
  const have = stemsOf(text);
  const need = keyStems(fact.words, fact.person);
  const hits = need.filter((s) => have.has(s)).length;
  return need.length > 0 && hits * 2 >= need.length;
}

/**
 * The words and figures that single a fact out: its content words that are rare in the article (in at most two
 * sentences) and every number. Another sentence holding one of them (and the person, when there is one) may say the
 * fact in other words ("107 or more" and "107 people died"), so it disqualifies the item.
 */
function distinguishing(analysis: Analysis, fact: Fact): string[] {
  const need = keyStems(fact.words, fact.person);
  const counts = new Map<string, number>();
  for (const s of analysis.sentences) for (const w of stemsOf(s.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return need.filter((w) => /\d/.test(w) || (w.length >= 4 && (counts.get(w) ?? 0) <= 2));
}

/**
 * Could the sentence say the fact in other words: the person (or a pronoun) and one of its distinguishing stems;
 * for a fact about no one, one of its numbers or two of its rare words (one shared word alone is only the topic).
 */
function echoes(text: string, fact: Fact, rare: string[]): boolean {
  if (fact.person && !mentions(text, fact.person) && !PRONOUN.test(text)) return false;
  const have = stemsOf(text);
  const hits = rare.filter((w) => have.has(w));
  return fact.person ? hits.length > 0 : hits.some((w) => /\d/.test(w)) || hits.length >= 2;
}

/**
 * The sentences that prove a fact, or why there are none to key: `keyed` are the sentences the generator means,
 * each must state the fact by itself, they are 1 or 2, and no other sentence might prove it too (half its words,
 * or one of its distinguishing words or numbers: see `distinguishing`).
 */
export function proofOrWhy(analysis: Analysis, fact: Fact, keyed: number[]): number[] | string {
  const set = [...new Set(keyed)].sort((a, b) => a - b);
  if (set.length < 1) return 'no sentence states it';
  if (set.length > 2) return `${set.length} sentences state it`;
  if (!set.every((i) => analysis.sentences[i] && states(analysis.sentences[i].text, fact))) return 'a keyed sentence does not state it';
  const rare = distinguishing(analysis, fact);
  const rivals = fact.rival ?? ((text: string) => mightProve(text, fact) || echoes(text, fact, rare));
  const rival = analysis.sentences.find((s) => !set.includes(s.index) && rivals(s.text));
  return rival ? `another sentence might prove it (sentence ${rival.index + 1})` : set;
}

/** The sentences that prove a fact, when they are 1 or 2 and no other sentence might prove it too; null otherwise. */
export function soleProof(analysis: Analysis, fact: Fact, keyed: number[]): number[] | null {
  const proof = proofOrWhy(analysis, fact, keyed);
  return typeof proof === 'string' ? null : proof;
}

/** Every sentence that states the fact, or why they cannot be keyed (see `proofOrWhy`). */
export function proofOfWhy(analysis: Analysis, fact: Fact): number[] | string {
  return proofOrWhy(analysis, fact, analysis.sentences.filter((s) => states(s.text, fact)).map((s) => s.index));
}

/** Every sentence that states the fact, when they are 1 or 2 and no other might prove it; null otherwise. */
export function proofOf(analysis: Analysis, fact: Fact): number[] | null {
  const proof = proofOfWhy(analysis, fact);
  return typeof proof === 'string' ? null : proof;
}
