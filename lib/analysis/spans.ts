/**
 * Resolves overlapping matches: sorted by start, where two overlap the longer one wins. Used wherever several
 * patterns may match the same words (dates, mentions of people).
 */
export function keepLongestSpans<T extends { start: number; end: number }>(found: T[]): T[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}
