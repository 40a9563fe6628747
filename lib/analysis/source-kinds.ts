import type { SourceRef } from './types';
import { isOutlet } from './source-outlets';

/**
 * The kind of source a document phrase names ("the July 12 decision", "police records", "a 2023 study"). Precision
 * first: a noun that names several kinds ("a report" may be a study, a police report or a news report; "an order"
 * a court's or a president's) gives 'other' unless a word next to it settles the kind, and 'other' is never asked.
 */
export type SourceKind = SourceRef['kind'];

/** Nouns that name one kind whatever stands around them. */
const SURE: Record<string, SourceKind> = {
  ruling: 'ruling', judgment: 'ruling', judgement: 'ruling', verdict: 'ruling',
  lawsuit: 'filing', affidavit: 'filing', indictment: 'filing',
  statement: 'statement', 'press release': 'statement', 'news release': 'statement',
  study: 'report', survey: 'report', poll: 'report', research: 'report', census: 'record',
  interview: 'interview', tweet: 'post',
};
/**
 * Nouns whose kind depends on a court being named nearby ("the court's order" but "an executive order"; "a filing
 * with regulators" is no filing in court).
 */
const COURTLY: Record<string, SourceKind> = {
  filing: 'filing', decision: 'ruling', order: 'ruling', opinion: 'ruling', motion: 'filing', complaint: 'filing', petition: 'filing', brief: 'filing',
};
/** Record nouns: an official record only when an official keeper is named ("police records", "government data"). */
const RECORDS = new Set(['records', 'record', 'documents', 'document', 'data', 'figures', 'statistics', 'report', 'reports', 'files', 'logs']);
const OFFICIAL = /\b(police|court|public|government|official|federal|state|county|city|council|ministry|military|army|hospital|coroner'?s?|customs|immigration|electoral|election|census|land|property|tax|flight|prison|jail|arrest|birth|death|marriage)\b/i;
const COURT = /\b(court|judge|justice|jury|tribunal|magistrate|appeals?)\b/i;
/** Every noun this file knows, longest first, for patterns that look for a document's head noun. */
export const DOC_NOUNS = [...Object.keys(SURE), ...Object.keys(COURTLY), ...RECORDS, 'paper', 'report']
  .filter((n, i, all) => all.indexOf(n) === i)
  .sort((a, b) => b.length - a.length);

/**
 * Kind of a document phrase whose head noun is `noun`. `court` tells whether the sentence or the owner is a
 * court or judge. `by` is the stated author ("a report by Reuters"), which decides a bare report.
 */
export function docKind(phrase: string, noun: string, court: boolean, by: string | null = null): SourceKind {
  const n = noun.toLowerCase();
  if (by && isOutlet(by)) return 'news';
  if (SURE[n]) {
    // A court's own records are not a ruling or a filing, but "study" stays a study whoever ran it.
    return SURE[n];
  }
  if (COURTLY[n]) return court || COURT.test(phrase) ? COURTLY[n] : 'other';
  if (RECORDS.has(n)) {
    const before = phrase.slice(0, Math.max(0, phrase.toLowerCase().lastIndexOf(n)));
    if (/\bnews\b|\bmedia\b|\bpress\b/i.test(before)) return n.startsWith('report') ? 'news' : 'other';
    // "a police report" is a record; "the report" with no keeper named is too vague to ask about.
    return OFFICIAL.test(before) ? 'record' : 'other';
  }
  if (n === 'paper') return /\b(research|scientific|academic|white)\b/i.test(phrase) ? 'report' : 'other';
  return 'other';
}

/** True when text names a court or a judge: "decision" or "motion" then belong to a case. */
export const courtly = (text: string): boolean => COURT.test(text);
