import type { Count, EvalDoc } from './types';
import { bare } from './text';

/** A quotation of the corpus with the speaker a reader annotated (tests/fixtures/corpus-speakers.json). */
export interface SpokenQuote {
  doc: string;
  text: string;
  speaker: string | null;
}

/** Does our speaker name the gold one? Full names, or a surname the article uses alone, both count. */
export function sameSpeaker(ours: string | null, gold: string): boolean {
  if (!ours) return false;
  const a = bare(ours);
  const b = bare(gold);
  if (!a || !b) return false;
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const last = (s: string) => bare(s.trim().split(/\s+/).pop() ?? '');
  return last(ours).length > 2 && last(ours) === last(gold);
}

/**
 * Quotations found, and speakers right. A gold quotation is found when our quotations that lie inside it cover
 * at least 60% of its letters (we cut a quotation at sentence ends, gold keeps it whole). Its speaker is the one
 * of our longest piece. Quotes: GUM's `quote` entries. Speakers: every annotated quotation with a speaker,
 * including the quoted speech GUM left unmarked.
 */
export function scoreQuotes(doc: EvalDoc, spoken: SpokenQuote[]): { found: Count; speakers: Count; misses: string[] } {
  const ours = doc.analysis.quotes.map((q) => ({ text: bare(q.text), speaker: q.speaker })).filter((q) => q.text.length > 0);
  const misses: string[] = [];
  const match = (goldText: string) => {
    const g = bare(goldText);
    const inside = ours.filter((q) => g.includes(q.text) || (q.text.includes(g) && g.length > 0));
    const covered = inside.reduce((n, q) => n + Math.min(q.text.length, g.length), 0);
    if (!g.length || covered < 0.6 * g.length) return null;
    return inside.reduce((best, q) => (q.text.length > best.text.length ? q : best));
  };
  const found: Count = { hit: 0, total: 0 };
  for (const q of doc.gold.quotes.filter((x) => x.kind === 'quote')) {
    found.total++;
    if (match(q.text)) found.hit++;
    else misses.push(`quote not found: ${q.text.slice(0, 60)}`);
  }
  const speakers: Count = { hit: 0, total: 0 };
  for (const q of spoken.filter((x) => x.doc === doc.name && x.speaker)) {
    speakers.total++;
    const m = match(q.text);
    if (m && sameSpeaker(m.speaker, q.speaker!)) speakers.hit++;
    else misses.push(`speaker: ${q.text.slice(0, 40)}… gold ${q.speaker}, ours ${m ? m.speaker : '(quote not found)'}`);
  }
  return { found, speakers, misses };
}
