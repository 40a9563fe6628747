/** The six shelves of the glossary; quiz distractors prefer definitions from the same shelf. */
export type GlossaryCategory = 'legal' | 'court' | 'science' | 'government' | 'journalism' | 'world';

/** A way articles often get a term wrong, detected by a pattern over the sentence that uses the term. */
export interface Misstatement {
  /** Tested (case-insensitively, without the g flag) against the sentence with curly quotes made straight. */
  pattern: RegExp;
  /** What the article wrongly implies, in plain words. */
  wrong: string;
  /** What is actually true. */
  right: string;
}

/** One curated term with a plain definition a 13-year-old understands. */
export interface GlossaryTerm {
  /** Canonical form, lower case unless it is a proper noun or acronym. */
  term: string;
  /**
   * Other written forms that mean the same thing. Plural -s/-es/-ies and possessive 's of the LAST word are
   * matched automatically; every other inflection (dismissed, pleaded …) must be listed here.
   */
  aliases: string[];
  category: GlossaryCategory;
  /** One or two short sentences that never use the term or its aliases. */
  definition: string;
  misstatements?: Misstatement[];
  /**
   * For words with an everyday meaning (trial, hearing, bill, discovery …): the sentence must also match this
   * pattern before the word counts as the glossary term. Extra field beyond the brief's interface.
   */
  context?: RegExp;
  /** The everyday sense shown by the words around the term ("hearing aids", "hearing loss"): never this term then. */
  otherSense?: RegExp;
}
