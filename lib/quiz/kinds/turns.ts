import { norm } from '../util';

/** Openings that lean on the sentence before: out of their turn they do not stand alone. */
const LEANS = /^(?:it|its|it’s|it's|that|this|these|those|they|them|he|she|his|her|there|yes|no|so|but|and|or|well|oh|also|then|which|because|as|again)\b/i;

/**
 * Does a sentence of an interview make sense shown alone, and give away no speaker: 8 to 30 words, a statement,
 * no quotation marks (someone else's words), no opening that leans on the sentence before, no speaker's surname.
 */
export function standsAlone(sentence: { text: string; words: number }, labels: string[]): boolean {
  const text = sentence.text.trim();
  return sentence.words >= 8 && sentence.words <= 30 && /[.!]["”’]?$/.test(text) && !LEANS.test(text) && !/["“”]/.test(text) &&
    !labels.some((l) => norm(text).includes(norm(l.split(/\s+/).pop() ?? l)));
}

/** The first and the last of a list, then the rest: two picks far apart in the article. */
export function spread<T>(list: T[]): T[] {
  return list.length < 2 ? list : [list[0], list[list.length - 1], ...list.slice(1, -1)];
}

/**
 * The sentences that show who says sentence `s` of an interview: the turn's first sentence, which follows the
 * speaker's label, and `s` itself when it comes later in the turn ("Novak: And I think she is optimistic. Former
 * forestry ground is messy…": the second sentence alone does not show whose it is; tenth blind set).
 */
export function turnProof(sentences: readonly { index: number; paragraph: number }[], s: { index: number; paragraph: number }): number[] {
  const opener = sentences.find((o) => o.paragraph === s.paragraph)?.index ?? s.index;
  return opener === s.index ? [s.index] : [opener, s.index];
}
