import type { Article } from '../../lib/article/types';
import type { Analysis } from '../../lib/analysis/types';
import type { Question } from '../../lib/quiz/types';

/** One gold date of the corpus: `when` (YYYY, YYYY-MM, YYYY-MM-DD), or a range, or vague bounds. */
export interface GoldDate {
  text: string;
  when?: string;
  from?: string;
  to?: string;
  notBefore?: string;
  notAfter?: string;
  rend?: string;
}

/** The corpus' gold file (../shared/corpus/README.md describes every key). */
export interface Gold {
  doc: string;
  title: string;
  blocks: { kind: 'head' | 'p' | 'item'; text: string; speaker?: string }[];
  sentences: { n: number; block: 'head' | 'p' | 'item'; text: string; speaker?: string }[];
  dates: GoldDate[];
  quotes: { kind: 'quote' | 'q'; text: string }[];
  sic: { text: string; ana: string }[];
  named_entities: { person: string[]; organization: string[]; place: string[] };
}

/** An article of the corpus with its gold file and what the pipeline made of it. */
export interface EvalDoc {
  name: string;
  gold: Gold;
  article: Article;
  analysis: Analysis;
  questions: Question[];
}

/** Counts of one measure for one article; totals add them up, so a measure is always hits over a total. */
export interface Count {
  hit: number;
  total: number;
}
