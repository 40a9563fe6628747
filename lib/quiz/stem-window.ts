/**
 * Stems cut from a long sentence at clause boundaries, never mid-phrase. A window of N words around a figure
 * read "…residents to the auditorium, is expected to save …" (the subject cut off) or ended "by the end of the…"
 * (the deadline cut off); a student cannot read either on its own. Here a stem keeps the sentence's own start, or
 * starts where a new clause does (after ";", ":", a dash, or a verb of saying), and ends at the sentence's end or
 * at a comma or semicolon after the point asked about. An aside between commas (", which drew 300 residents,")
 * may be left out. When no such cut fits, there is no stem, and the question is not asked.
 */

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * ", which drew about 300 residents to the hall," — an aside that the sentence reads well without. The comma of a
 * figure ("1,300") is inside the aside: cutting there left "the plant300 of its ___ staff".
 */
const ASIDE = /,\s+(?:which|who|whose|where)\s+(?:[^,;:—–"“”]|,(?=\d))+,(?!\d)/g;

/** Where a new clause may start: after a semicolon, colon or dash, or after a verb of saying ("said that"). */
const CLAUSE_START = /(?:[;:]\s+|\s[—–]\s+|\b(?:said|says|told\s+\p{L}+|added|noted|explained|warned|argued|estimated)\s+(?:that\s+)?)/gu;

/**
 * Where a stem may end early: a semicolon, or a comma before a word that opens a new clause or phrase ("…, but",
 * "…, according to"). A comma before anything else may sit inside a list ("were seen, treated and admitted") or
 * close an appositive after the subject ("The two members who voted no, Ana and Luis, said …").
 */
const CLAUSE_END = /;(?=\s)|,(?=\s+(?:and|but|while|whereas|although|though|after|before|because|since|as|with|according|including|compared|when|which|where|so)\b)/g;

/**
 * The sentence `text` shortened to at most `max` words around the character offset `at` (which must stay in the
 * stem), cut only at clause boundaries; `avoid` (if given) must not appear in the result. Null when no cut fits.
 */
export function clauseWindow(text: string, at: number, max = 30, avoid?: (stem: string) => boolean): string | null {
  const t = text.trim();
  const pos = at - (text.length - text.trimStart().length);
  // The whole sentence's words first; only when no cut fits, asides that do not hold the point asked about are left
  // out, each marked with an ellipsis: a stem "as the article gives it" that silently drops words misquotes it
  // (ninth blind set: "We got ___ pounds an acre but lentils …" for "…an acre, which isn't great, but lentils …").
  return cut(t, pos, max, avoid) ?? withoutAsides(t, pos, max, avoid);
}

function withoutAsides(text: string, at: number, max: number, avoid?: (stem: string) => boolean): string | null {
  let t = text;
  let pos = at;
  for (const m of [...t.matchAll(ASIDE)].reverse()) {
    const a = m.index ?? 0;
    const b = a + m[0].length;
    if (pos >= a && pos < b) continue;
    const mark = ' … ';
    const rest = t.slice(b);
    const lead = rest.length - rest.trimStart().length;
    t = `${t.slice(0, a)}${mark}${rest.trimStart()}`;
    if (pos >= b) pos += mark.length - (b - a) - lead;
  }
  return t === text ? null : cut(t, pos, max, avoid);
}

function cut(t: string, pos: number, max: number, avoid?: (stem: string) => boolean): string | null {
  const starts = [0, ...[...t.matchAll(CLAUSE_START)].map((m) => (m.index ?? 0) + m[0].length).filter((s) => s <= pos)];
  const ends = [...[...t.matchAll(CLAUSE_END)].map((m) => (m.index ?? 0) + 1).filter((e) => e > pos), t.length];
  for (const s of starts) {
    for (const e of ends) {
      const body = t.slice(s, e).trim().replace(/[,;]$/, '');
      if (words(body) > max) break;
      const stem = `${s > 0 ? '…' : ''}${body}${e < t.length ? '…' : ''}`;
      if (!avoid || !avoid(stem)) return stem;
    }
  }
  return null;
}
