/*
 * The ways text is made comparable, in one place: each used to be written out (slightly differently) in the files
 * that needed it. Pure functions, no I/O.
 */

/** `text` made safe to put inside a RegExp as a literal. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Lower case with curly single quotes made straight: "Baldwin’s" and "baldwin's" compare equal. Every character
 * stays where it was, so an offset found in the folded text is an offset in the original.
 */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'");
}

const normCache = new Map<string, string>();

/** Lower-case, straight quotes and apostrophes, single spaces, no edge punctuation: for comparing option texts. */
export function norm(text: string): string {
  // Generators compare the same names and definitions thousands of times per article, so results are memoised.
  const hit = normCache.get(text);
  if (hit !== undefined) return hit;
  if (normCache.size > 20000) normCache.clear();
  const out = text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,:;!?…-]+|[\s"'.,:;!?…-]+$/g, '')
    .trim();
  normCache.set(text, out);
  return out;
}
