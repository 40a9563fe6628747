/**
 * Scores the date analysis against the corpus' gold dates (../shared/corpus/README.md): how many gold dates a
 * DateMention covers, and how many of those it resolves to the gold value.
 */
import type { DateMention, Sentence } from '../../lib/analysis/types';
import type { Count, EvalDoc, GoldDate } from './types';
import { foldCase } from '../../lib/text/normalise';

const DATELINE = /^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$/;
const norm = (s: string) => foldCase(s).replace(/\s+/g, ' ').trim();

/** True when the two strings share text: one holds the other, or the end of one is the start of the other. */
export function overlaps(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  // Partial overlap at a word boundary ("Thursday, January" / "January 23 opening"); at least one word long.
  const joined = (p: string, q: string) => {
    for (let k = Math.min(p.length, q.length) - 1; k >= 3; k--) {
      const tail = p.slice(p.length - k);
      if (q.startsWith(tail) && (p.length === k || /\W/.test(p[p.length - k - 1])) && /\W/.test(q[k] ?? ' ')) return true;
    }
    return false;
  };
  return joined(x, y) || joined(y, x);
}

/** The first and last day a value covers, as YYYY-MM-DD ("2024-02" → 2024-02-01 … 2024-02-29). */
function period(value: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  if (m[3]) return [value, value];
  if (m[2]) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`];
  }
  return [`${value}-01-01`, `${value}-12-31`];
}

/**
 * Whether a resolved value is right for a gold date: equal to `when` at gold's precision (a finer value inside the
 * gold period counts, a coarser one does not), or wholly inside from/to or notBefore/notAfter.
 */
export function rightValue(value: string, gold: GoldDate): boolean {
  const p = period(value);
  if (!p) return false;
  if (gold.when) return value.length >= gold.when.length && value.startsWith(gold.when);
  const lo = gold.from ?? gold.notBefore;
  const hi = gold.to ?? gold.notAfter;
  if (!lo && !hi) return false;
  const first = lo ? period(lo)?.[0] : undefined;
  const last = hi ? period(hi)?.[1] : undefined;
  return (!first || p[0] >= first) && (!last || p[1] <= last);
}

/** Gold dates to score: all of them but the dateline. */
export function scoredGold(doc: EvalDoc): GoldDate[] {
  // The dateline is not in the body (the article's date comes from the front matter); a headline date can come
  // before it ("… Expo 2016" then "Wednesday, September 7, 2016"), so it is dropped wherever it stands.
  const dateline = doc.gold.dates.findIndex((g) => DATELINE.test(g.text.trim()) && (!doc.article.date || g.when === doc.article.date));
  return doc.gold.dates.filter((_, i) => i !== dateline);
}

/**
 * Pairs gold dates with mentions in reading order, each mention used at most once. Each gold text is first found in
 * the sentences (from where the previous one was found), and only a mention of that sentence can match it, so a
 * missed date cannot pull in a later mention of the same words.
 */
export function matchGold(gold: GoldDate[], mentions: DateMention[], sentences: Sentence[]): Array<DateMention | null> {
  const used = new Set<DateMention>();
  let at = 0;
  let offset = 0;
  return gold.map((g) => {
    const want = norm(g.text);
    for (let i = at; i < sentences.length; i++) {
      const pos = norm(sentences[i].text).indexOf(want, i === at ? offset : 0);
      if (pos < 0) continue;
      at = i;
      // Past the whole gold text: "weekend" after "this weekend" is a later mention, not the same words again.
      offset = pos + want.length;
      const hit = mentions.find((m) => m.sentence === i && !used.has(m) && overlaps(m.text, g.text));
      if (hit) used.add(hit);
      return hit ?? null;
    }
    return null;
  });
}

/** found: gold dates (dateline dropped) that a mention covers; resolved: those whose value is also right. */
export function scoreDates(doc: EvalDoc): { found: Count; resolved: Count; misses: string[] } {
  const gold = scoredGold(doc);
  const pairs = matchGold(gold, doc.analysis.dates, doc.analysis.sentences);
  const found = pairs.filter(Boolean).length;
  const resolved = pairs.filter((m, i) => m && rightValue(m.value, gold[i])).length;
  const want = (g: GoldDate) => g.when ?? `${g.from ?? g.notBefore ?? ''}..${g.to ?? g.notAfter ?? ''}`;
  const misses = pairs.flatMap((m, i) => {
    if (!m) return [`date not found: "${gold[i].text}" gold ${want(gold[i])}`];
    return rightValue(m.value, gold[i]) ? [] : [`date wrong: "${gold[i].text}" gold ${want(gold[i])}, ours ${m.value} ("${m.text}")`];
  });
  return { found: { hit: found, total: gold.length }, resolved: { hit: resolved, total: gold.length }, misses };
}
