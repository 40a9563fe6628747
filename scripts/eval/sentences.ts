import type { Count, EvalDoc } from './types';
import { fold, isFrame } from './text';

/**
 * Where GUM splits and a newspaper reader would not: at ";" or ":", at a comma before a quotation, at a dash,
 * after a location line ending in "-", or before a part that starts in lower case (corpus README, "Sentences").
 * A boundary of this kind is optional: neither splitting there nor joining there counts for or against us.
 */
function optional(before: string, after: string): boolean {
  return /[;:,\-]["']?$/.test(before) || /^["'(]?\p{Ll}/u.test(after);
}

/** Segments of a folded text as [start, end) offsets, given the offsets where it is cut. */
function segments(cuts: number[], length: number): string[] {
  const points = [0, ...cuts.filter((c) => c > 0 && c < length), length];
  return points.slice(1).map((end, i) => `${points[i]}:${end}`);
}

/**
 * Sentence segmentation against gold, body only, as exact segments after folding quote styles and spaces away.
 * Our sentences are walked against the gold text character by character (characters gold lacks, such as an
 * interview's speaker label, are skipped), and each of our boundaries lands on a gold offset.
 */
export function scoreSentences(doc: EvalDoc): { precision: Count; recall: Count; stray: number } {
  const gold = doc.gold.sentences.filter((s) => !isFrame(s)).map((s) => fold(s.text));
  const text = gold.join('');
  const goldCuts: number[] = [];
  let at = 0;
  for (const g of gold) goldCuts.push((at += g.length));
  goldCuts.pop();
  const optionalAt = new Set(goldCuts.filter((c) => optional(text.slice(Math.max(0, c - 3), c), text.slice(c, c + 3))));

  const ours: number[] = [];
  let i = 0;
  let stray = 0;
  for (const s of doc.analysis.sentences) {
    for (const ch of fold(s.text)) {
      if (i < text.length && text[i] === ch) i++;
      else stray++;
    }
    ours.push(i);
  }
  const keep = (cuts: number[]) => [...new Set(cuts)].filter((c) => !optionalAt.has(c));
  const goldSegs = new Set(segments(keep(goldCuts), text.length));
  const ourSegs = segments(keep(ours), text.length);
  const hit = ourSegs.filter((s) => goldSegs.has(s)).length;
  return { precision: { hit, total: ourSegs.length }, recall: { hit, total: goldSegs.size }, stray };
}
