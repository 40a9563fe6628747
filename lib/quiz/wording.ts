import type { Question } from './types';

/** Starts with a letter: a name, a group, a word (not a figure, a date or a sum). */
const wordy = (o: string) => /^\p{L}/u.test(o.trim());
const upper = (o: string) => /^\p{Lu}/u.test(o.trim());

/**
 * Options not of one kind on their face: some written as names (capitalised) and others not ("regulators" among
 * "Carolyn Mehta", "Daniel Whitford"). The odd one is the key or a distractor a reader rules out without the
 * article; either way the question teaches the pattern, not the skill. Options that are all words in lower case
 * (spelling, definitions) or all figures are of one kind; statements (quotations to pick) are not names.
 */
export function mixedOptions(q: Question): boolean {
  // Names and labels, not statements: a quotation may start in lower case beside one that starts with a name.
  if (q.options.some((o) => o.trim().split(/\s+/).length > 4)) return false;
  const words = q.options.filter(wordy);
  if (words.length < 2) return false;
  const caps = words.filter(upper).length;
  return caps > 0 && caps < words.length;
}

/** A stem that says "who said that" twice over or with no subject ("who said that last Friday that it plans"). */
export function garbledStem(q: Question): boolean {
  return /\bwho (?:said|says|claimed|claims|told|stated|argued|added|insisted|warned|denied) that (?:\S+\s+){0,3}that\b/i.test(q.prompt);
}

/**
 * "Who fills the blank? “…, ___ said that he felt …”": a he or she in the sentence rules out every option of the
 * other sex, which a reader sees without the article (the fifth review's "he" beside three women).
 */
export function gendersTheBlank(q: Question): boolean {
  if (q.skill !== 'who-said' || !q.prompt.includes('___')) return false;
  return q.options.every((o) => /^\p{Lu}/u.test(o.trim())) && /\b(?:he|she|him|her|his|hers|himself|herself)\b/i.test(q.prompt);
}

/**
 * A who-said question whose speaker is named two or more sentences before the quotation ("Ferreira … lifted the
 * trophy." "He said before the match …" "“Ask me again next week,” he said."): the sentence between is the one
 * that links the pronoun to the name, so citing only the first and the last names the wrong sentences.
 */
export function farSpeaker(q: Question): boolean {
  // A two-part item keys those sentences as part B; a choice question only shows them after the answer (the
  // who-said generator should cite the linking sentence: left to it).
  if (q.kind !== 'two-part' || q.skill !== 'who-said' || q.evidence.length !== 2) return false;
  const [a, b] = [...q.evidence].sort((x, y) => x - y);
  return b - a > 1;
}
