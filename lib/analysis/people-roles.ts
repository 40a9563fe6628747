/**
 * Role cues around a name: an occupation written before it ("cinematographer Halyna Hutchins"), an appositive
 * before it ("One of the prosecutors, Kari Morrissey") or after it ("Kari Morrissey, a special prosecutor,").
 */
import { ROLE_MODIFIERS, roleNoun } from './name-words';
import { isCapitalised, type Token } from './name-tokens';

/** Punctuation that closes a phrase (a possessive does not). */
export function hardBreak(t: Token): boolean {
  return /[,;:.!?”"—–)\]]/.test(t.trail);
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'on', 'in', 'with', 'to', 'from']);

/** Lower-case the first letter unless the first word is itself capitalised for a reason (a name, "Rust’s"). */
function tidy(role: string): string {
  const r = role.replace(/^(the|a|an)\s+/i, '').trim();
  const first = r.split(/\s+/)[0] ?? '';
  return /’|'/.test(first) || r.length === 0 ? r : r[0].toLowerCase() + r.slice(1);
}

/** Roles written directly before a name: "[X’s] [mods] noun [and [mods] noun] NAME". */
export function rolesBefore(text: string, tokens: Token[], nameStart: number): string[] {
  const roles: string[] = [];
  let current: string[] = [];
  let k = nameStart - 1;
  let sawNoun = false;
  for (; k >= 0 && !hardBreak(tokens[k]); k--) {
    const w = tokens[k].word;
    const lw = w.toLowerCase();
    if (tokens[k].possessive) break;
    if (isCapitalised(w) && !ROLE_MODIFIERS.has(lw)) break;
    if (roleNoun(lw)) {
      if (current.length && sawNoun) roles.unshift(current.join(' '));
      current = [lw];
      sawNoun = true;
    } else if (lw === 'and' && sawNoun) {
      roles.unshift(current.join(' '));
      current = [];
      sawNoun = false;
    } else if (ROLE_MODIFIERS.has(lw) && sawNoun) current.unshift(lw);
    else break;
  }
  if (sawNoun && current.length) roles.unshift(current.join(' '));
  if (!roles.length) return roles;
  // A proper-noun possessor qualifies each role ("Rust’s star and producer" -> "Rust’s star", ...).
  const owner = k >= 0 && tokens[k].possessive && isCapitalised(tokens[k].word) && !hardBreak(tokens[k]) ? tokens[k] : null;
  return owner ? roles.map((r) => `${tokenText(text, owner)} ${r}`) : roles;
}

/** Roles in an appositive that ends with the comma right before the name. */
export function appositiveBefore(text: string, tokens: Token[], nameStart: number): string | null {
  const last = nameStart - 1;
  if (last < 0 || !tokens[last].trail.startsWith(',')) return null;
  let a = last;
  while (a > 0 && !hardBreak(tokens[a - 1])) a--;
  const words = tokens.slice(a, last + 1).map((t) => t.word.toLowerCase());
  if (words.length > 7) return null;
  const head = words[words.length - 1];
  const noun = roleNoun(head);
  if (!noun) return null;
  const oneOf = /^one of (the|his|her|their|its)$/.test(words.slice(0, 3).join(' ')) && words.length >= 4;
  // A plural head only names this person in "one of the prosecutors"; otherwise the phrase is a group.
  if (noun !== head && !oneOf) return null;
  if (!oneOf && !isNounPhrase(tokens.slice(a, last + 1))) return null;
  return tidy(text.slice(tokens[a].wordStart, tokens[last].wordEnd));
}

/** A short noun phrase: optional determiner or possessor, modifiers, then role nouns only. */
function isNounPhrase(ts: Token[]): boolean {
  return ts.every((t, i) => {
    const w = t.word.toLowerCase();
    if (i === 0 && (DETERMINERS.has(w) || t.possessive)) return true;
    return ROLE_MODIFIERS.has(w) || roleNoun(w) !== null || (t.possessive && i <= 1) || w === 'and';
  });
}

/** A role in an appositive right after the name: "NAME, a special prosecutor for the state,". */
export function appositiveAfter(text: string, tokens: Token[], nameEnd: number): string | null {
  const first = nameEnd;
  if (first === 0 || first >= tokens.length || !tokens[first - 1].trail.startsWith(',')) return null;
  let b = first;
  while (b < tokens.length - 1 && !hardBreak(tokens[b]) && b - first < 9) b++;
  const ts = tokens.slice(first, b + 1);
  const w0 = ts[0].word.toLowerCase();
  if (!DETERMINERS.has(w0) && !ts[0].possessive && !['his', 'her', 'their'].includes(w0)) return null;
  let i = 1;
  while (i < ts.length && ROLE_MODIFIERS.has(ts[i].word.toLowerCase())) i++;
  const noun = i < ts.length ? roleNoun(ts[i].word) : null;
  if (!noun || noun !== ts[i].word.toLowerCase()) return null;
  // After the role noun only a prepositional tail may follow ("director of the agency"), else it is a clause.
  if (i + 1 < ts.length && !hardBreak(ts[i]) && !PREPOSITIONS.has(ts[i + 1].word.toLowerCase())) return null;
  let endIdx = hardBreak(ts[i]) ? i : ts.length - 1;
  // "a psychologist at Eastbrook College who was not involved": the role ends before the relative clause.
  const rel = ts.findIndex((t, k) => k > i && /^(who|which|that|whose)$/i.test(t.word));
  if (rel > 0 && rel - 1 < endIdx) endIdx = rel - 1;
  const endTok = ts[endIdx];
  return tidy(text.slice(ts[0].wordStart, endTok.wordEnd));
}

/** The text of a token as written, possessive ending included. */
export function tokenText(text: string, t: Token): string {
  return text.slice(t.wordStart, t.coreEnd);
}
