/** Text folding shared by the scorers: gold strings and ours differ in quote style and spacing only. */

/** Folds quotation marks and apostrophes to straight ones and drops every space, so only the letters count. */
export function fold(text: string): string {
  return text
    .replace(/``|''|[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[—–]/g, '-')
    .replace(/\s+/g, '');
}

/** Letters and digits only, lower case: for matching quotations whatever marks and punctuation surround them. */
export function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const DATELINE = /^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$/;

/** True for a gold sentence that the corpus README says to leave out of body scores (headings and the dateline). */
export function isFrame(sentence: { block: string; text: string }): boolean {
  return sentence.block === 'head' || DATELINE.test(sentence.text.trim());
}
