import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildQuestionBank } from '../../lib/quiz/index';
import type { Count, EvalDoc, Gold } from './types';
import { scoreSentences } from './sentences';
import { scoreQuotes, type SpokenQuote } from './quotes';
import { closedBook, coverage } from './questions';
import { scoreDates } from './dates';
import { scoreSpelling } from './spelling';
import { scorePeople } from './people';

/** One article's figures: each measure as hits over a total, so totals are plain sums. */
export interface Row {
  name: string;
  words: number;
  sentenceP: Count;
  sentenceR: Count;
  datesFound: Count;
  datesResolved: Count;
  quotesFound: Count;
  speakers: Count;
  notPeople: Count;
  falseFlags: Count;
  sicCaught: Count;
  questions: number;
  skills: number;
  coverage: Count;
  misses: string[];
}

export const MEASURES = ['sentenceP', 'sentenceR', 'datesFound', 'datesResolved', 'quotesFound', 'speakers', 'notPeople', 'falseFlags', 'sicCaught', 'coverage'] as const;

const SPEAKERS = path.join(path.dirname(new URL(import.meta.url).pathname), '../../tests/fixtures/corpus-speakers.json');

/** The hand-annotated speakers of the corpus' quotations, marked and unmarked alike. */
function loadSpeakers(): SpokenQuote[] {
  if (!existsSync(SPEAKERS)) return [];
  const data = JSON.parse(readFileSync(SPEAKERS, 'utf8')) as { quotes: SpokenQuote[]; unmarked?: SpokenQuote[] };
  return [...data.quotes, ...(data.unmarked ?? [])];
}

/** Every `NAME.md` of a folder that has a `NAME.gold.json` beside it, run through the whole pipeline. */
export function loadCorpus(dir: string): EvalDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && existsSync(path.join(dir, f.replace(/\.md$/, '.gold.json'))))
    .sort()
    .map((f) => {
      const name = f.replace(/\.md$/, '');
      const gold = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as Gold;
      return { name, gold, ...buildQuestionBank(readFileSync(path.join(dir, f), 'utf8')) };
    });
}

/** Scores every article of the folder, and the corpus as a whole. */
export function evaluate(dir: string) {
  const docs = loadCorpus(dir);
  const spoken = loadSpeakers();
  const rows: Row[] = docs.map((doc) => {
    const s = scoreSentences(doc);
    const d = scoreDates(doc);
    const q = scoreQuotes(doc, spoken);
    const sp = scoreSpelling(doc);
    const c = coverage(doc);
    const pe = scorePeople(doc);
    return {
      name: doc.name,
      words: doc.analysis.stats.words,
      sentenceP: s.precision,
      sentenceR: s.recall,
      datesFound: d.found,
      datesResolved: d.resolved,
      quotesFound: q.found,
      speakers: q.speakers,
      notPeople: pe.notPeople,
      falseFlags: sp.falseFlags,
      sicCaught: sp.sicCaught,
      questions: c.questions,
      skills: c.skills,
      coverage: c.bar,
      misses: [...d.misses, ...q.misses, ...pe.wrong.map((n) => `not a person: ${n}`), ...sp.flagged.map((w) => `flagged: ${w}`)],
    };
  });
  const total = Object.fromEntries(
    MEASURES.map((m) => [m, rows.reduce((t, r) => ({ hit: t.hit + r[m].hit, total: t.total + r[m].total }), { hit: 0, total: 0 })]),
  ) as Record<(typeof MEASURES)[number], Count>;
  const p = total.sentenceP.hit / Math.max(1, total.sentenceP.total);
  const r = total.sentenceR.hit / Math.max(1, total.sentenceR.total);
  return {
    rows,
    total,
    sentenceF1: p + r ? (2 * p * r) / (p + r) : 0,
    questions: rows.reduce((n, x) => n + x.questions, 0),
    closedBook: closedBook(docs),
  };
}
