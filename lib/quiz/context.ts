import type { Article } from '../article/types';
import type { Analysis } from '../analysis/types';
import type { Question } from './types';

/** The part of a glossary entry the generators need (distractor definitions, categories). */
export interface GlossaryEntry {
  term: string;
  definition: string;
  category?: string;
  aliases?: string[];
}

/** Everything a generator may read; generators are pure functions of it. */
export interface GenContext {
  article: Article;
  analysis: Analysis;
  glossary: GlossaryEntry[];
}

/** A question generator for one skill. */
export type Generator = (ctx: GenContext) => Question[];
