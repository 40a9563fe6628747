/**
 * Role cues around a name: an occupation written before it ("cinematographer Halyna Hutchins"), an appositive
 * before it ("One of the prosecutors, Kari Morrissey") or after it ("Kari Morrissey, a special prosecutor,").
 */
import { CALENDAR_WORDS, NON_NAME_STARTERS, ROLE_MODIFIERS, roleNoun } from './name-words';
import { inAnyDictionary } from './spelling-dictionaries';
import { isCapitalised, type Token } from './name-tokens';

/** Punctuation that closes a phrase (a possessive does not). */
export function hardBreak(t: Token): boolean {
  return /[,;:.!?”"—–)\]]/.test(t.trail);
}

/** Nouns of institutions and trades that qualify a role after them ("council leader", "shop owner", "union official"). */
const INSTITUTION = /^(?:council|shop|store|school|party|union|club|team|company|firm|city|state|county|police|fire|health|hospital|church|farm|bank|museum|library|government|campaign|community|transport|finance|education|parish|village|town|hotel|restaurant|charity|court|college|university|factory|mill|mine|port|harbour|harbor|airport|rail|bus|ferry|site|project|research|estate|housing|press|news)$/;

const DETERMINERS = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'on', 'in', 'with', 'to', 'from']);
/** Small words that never qualify a role noun, so "said lawyer Kim" does not give the role "said lawyer". */
const NOT_MODIFIER = new Set(
  ('the a an and or but of to in on at for with from by as is was were are be been has have had will would can could ' +
    'should may might must do does did not no that this these those which who whom whose what when where why how he ' +
    'she they it we i you his her their its our my your said says told asked added also so just even only more most ' +
    'very about over under into then than after before since while if nearby meanwhile').split(' '),
);
/** Verbs that state a job when they follow a name ("Name, who chairs the committee,", "Name, 54, ran the fund"). */
const JOB_VERBS = /^(chairs|chaired|runs|ran|leads|led|heads|headed|owns|owned|founded|co-founded|manages|managed|directs|directed|represents|represented|coaches|coached|teaches|taught|edits|edited|oversees|oversaw)$/;

/** A plain lower-case word that may qualify a role noun ("bookshop owner", "sleep scientist", "transport director"). */
function freeModifier(w: string): boolean {
  return /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !NOT_MODIFIER.has(w) && !/(ly|ing)$/.test(w);
}

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
  let free = 0;
  for (; k >= 0 && !hardBreak(tokens[k]); k--) {
    const w = tokens[k].word;
    const lw = w.toLowerCase();
    if (tokens[k].possessive) break;
    if (isCapitalised(w) && !ROLE_MODIFIERS.has(lw)) {
      // "Council leader Mae Lund", "Shop owner Graham Tulley": an institution's noun that opens the sentence is
      // capitalised only for being first; it qualifies the role ("council leader"), which alone ("a leader", "an
      // owner") says too little (eighth blind set).
      if (sawNoun && current.length && (k === 0 || hardBreak(tokens[k - 1])) && INSTITUTION.test(lw)) {
        current.unshift(lw);
        break;
      }
      // "Facebook co-founder Mark Zuckerberg", "Republican Party nominee Ken Cuccinelli": a proper noun right before
      // a lower-case role says whose role it is; without it "co-founder" or "nominee" says too little.
      const q = sawNoun && current.length ? properQualifier(text, tokens, k) : null;
      if (q) current.unshift(q);
      break;
    }
    if (sawNoun && current.length && /^\p{Lu}{2,}$/u.test(w)) {
      // An acronym ("NASA engineer", "BBC reporter") qualifies the role the same way.
      const q = properQualifier(text, tokens, k);
      if (q) current.unshift(q);
      break;
    }
    // "Harbor City coach": a capitalised modifier right after another capitalised word is the end of a proper
    // noun, so the whole name qualifies the role ("Harbor City coach"), never a piece of it ("city coach").
    if (isCapitalised(w) && sawNoun && k > 0 && isCapitalised(tokens[k - 1].word) && !hardBreak(tokens[k - 1]) && !tokens[k - 1].possessive) {
      let from = k - 1;
      while (from > 0 && isCapitalised(tokens[from - 1].word) && !hardBreak(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
      if (k - from > 2) return [];
      current.unshift(text.slice(tokens[from].wordStart, tokens[k].wordEnd));
      roles.unshift(current.join(' '));
      return roles;
    }
    // "chief executive", "head coach": a word that is both a role and a modifier, before a role noun, qualifies it;
    // split, "chief executive Ann Lee" would become two roles, "chief" and "executive", neither of them hers.
    if (roleNoun(lw) && !(sawNoun && current.length && ROLE_MODIFIERS.has(lw))) {
      if (current.length && sawNoun) roles.unshift(current.join(' '));
      current = [lw];
      sawNoun = true;
    } else if (lw === 'and' && sawNoun) {
      roles.unshift(current.join(' '));
      current = [];
      sawNoun = false;
    } else if (ROLE_MODIFIERS.has(lw) && sawNoun) current.unshift(lw);
    else if (sawNoun && free < 2 && freeModifier(w) && !/ed$/.test(lw)) {
      current.unshift(lw);
      free++;
    } else break;
  }
  if (sawNoun && current.length) roles.unshift(current.join(' '));
  if (!roles.length) return roles;
  // A proper-noun possessor qualifies each role ("Rust’s star and producer" -> "Rust’s star", ...).
  const owner = k >= 0 && tokens[k].possessive && isCapitalised(tokens[k].word) && !hardBreak(tokens[k]) ? tokens[k] : null;
  return owner ? roles.map((r) => `${tokenText(text, owner)} ${r}`) : roles;
}

/** A word of a proper noun: capitalised, or an acronym of two or more capitals ("NASA"). */
const proper = (w: string) => isCapitalised(w) || /^\p{Lu}{2,}$/u.test(w);

/**
 * The proper noun of one to three words ending at token `k`, as it qualifies the role after it ("Republican Party",
 * "Facebook"), with a lower-case role modifier before it ("former Facebook"), or null when it is not sure to be one:
 * longer (a name's tail, "… Muslim Student Association"), a calendar word or a word that opens clauses ("Later",
 * "Tuesday"), owned ("Virginia's Attorney …"), or a dictionary word opening the sentence ("Angry …").
 */
function properQualifier(text: string, tokens: Token[], k: number): string | null {
  let from = k;
  while (from > 0 && proper(tokens[from - 1].word) && !hardBreak(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
  const run = tokens.slice(from, k + 1);
  if (run.length > 3 || run.some((t) => t.possessive || CALENDAR_WORDS.has(t.word.toLowerCase()) || NON_NAME_STARTERS.has(t.word.toLowerCase()))) return null;
  const prev = from > 0 && !hardBreak(tokens[from - 1]) ? tokens[from - 1] : null;
  if (prev && (prev.possessive || !/^\p{Ll}/u.test(prev.word))) return null;
  if (!prev && run.length === 1 && isCapitalised(run[0].word) && inAnyDictionary(run[0].word.toLowerCase())) return null;
  const phrase = text.slice(run[0].wordStart, run[run.length - 1].wordEnd);
  return prev && ROLE_MODIFIERS.has(prev.word.toLowerCase()) ? `${prev.word.toLowerCase()} ${phrase}` : phrase;
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
  // "A company spokesperson, Ann Lee": a plain noun may qualify the role ("company", "union"), two at most.
  let free = 0;
  return ts.every((t, i) => {
    const w = t.word.toLowerCase();
    if (i === 0 && (DETERMINERS.has(w) || t.possessive)) return true;
    if (ROLE_MODIFIERS.has(w) || roleNoun(w) !== null || (t.possessive && i <= 1) || w === 'and') return true;
    return i < ts.length - 1 && freeModifier(t.word) && !/ed$/.test(w) && ++free <= 2;
  });
}

/** Index of the first token after "Name, 52, of Springfield,": the age and the home town are skipped. */
function afterAgeAndTown(tokens: Token[], first: number): number {
  let i = first;
  if (i < tokens.length && /^\d{1,3}$/.test(tokens[i].word) && tokens[i].trail.startsWith(',')) i++;
  if (i < tokens.length - 1 && tokens[i].word.toLowerCase() === 'of' && isCapitalised(tokens[i + 1].word)) {
    let k = i + 1;
    while (k < tokens.length - 1 && isCapitalised(tokens[k].word) && !hardBreak(tokens[k])) k++;
    if (tokens[k].trail.startsWith(',') && isCapitalised(tokens[k].word)) i = k + 1;
  }
  return i;
}

/** A role in an appositive right after the name: "NAME, a special prosecutor for the state,". */
export function appositiveAfter(text: string, tokens: Token[], nameEnd: number): string | null {
  if (nameEnd === 0 || nameEnd >= tokens.length || !tokens[nameEnd - 1].trail.startsWith(',')) return null;
  const first = afterAgeAndTown(tokens, nameEnd);
  if (first >= tokens.length) return null;
  let b = first;
  while (b < tokens.length - 1 && !hardBreak(tokens[b]) && b - first < 11) b++;
  // The window ran out before the aside ended: a role read to its edge would be cut mid-name ("president of the
  // Millbrook Education" for "… Education Association").
  const cutShort = !hardBreak(tokens[b]) && b < tokens.length - 1;
  const ts = tokens.slice(first, b + 1);
  const w0 = ts[0].word.toLowerCase();
  // "NAME, chair of the transport committee,": a bare role noun needs its prepositional tail.
  if (roleNoun(w0) === w0 && ts.length > 1 && !hardBreak(ts[0]) && PREPOSITIONS.has(ts[1].word.toLowerCase())) {
    const stop = ts.findIndex((t, k) => k > 0 && (hardBreak(t) || (k + 1 < ts.length && /^(who|which|that|whose)$/i.test(ts[k + 1].word))));
    if (stop < 0 && cutShort) return null;
    return text.slice(ts[0].wordStart, ts[stop < 0 ? ts.length - 1 : stop].wordEnd);
  }
  if (!DETERMINERS.has(w0) && !ts[0].possessive && !['his', 'her', 'their'].includes(w0)) return null;
  let i = ts[0].possessive ? 0 : 1;
  // "the city’s transport director": a possessor after the determiner is part of the role.
  if (i === 1 && i < ts.length && ts[i].possessive && !hardBreak(ts[i])) i++;
  else if (i === 0) i = 1;
  let free = 0;
  while (i < ts.length - 1 && !hardBreak(ts[i]) && !roleNoun(ts[i].word)) {
    const w = ts[i].word.toLowerCase();
    if (ROLE_MODIFIERS.has(w)) i++;
    else if (free < 2 && freeModifier(ts[i].word) && !/ed$/.test(w)) {
      i++;
      free++;
    } else break;
  }
  const noun = i < ts.length ? roleNoun(ts[i].word) : null;
  if (!noun || noun !== ts[i].word.toLowerCase()) return null;
  // After the role noun only a prepositional tail may follow ("director of the agency"), or a participle that
  // starts a clause of its own ("a textile student visiting from the city"); anything else is a clause.
  const participle = i + 1 < ts.length && !hardBreak(ts[i]) && /^\p{Ll}{3,}ing$/u.test(ts[i + 1].word);
  if (i + 1 < ts.length && !hardBreak(ts[i]) && !participle && !PREPOSITIONS.has(ts[i + 1].word.toLowerCase())) return null;
  let endIdx = hardBreak(ts[i]) || participle ? i : ts.length - 1;
  // "a psychologist at Eastbrook College who was not involved": the role ends before the relative clause.
  const rel = ts.findIndex((t, k) => k > i && /^(who|which|that|whose)$/i.test(t.word));
  if (rel > 0 && rel - 1 < endIdx) endIdx = rel - 1;
  if (endIdx === ts.length - 1 && cutShort) return null;
  const endTok = ts[endIdx];
  return tidy(text.slice(ts[0].wordStart, endTok.wordEnd));
}

/** A job stated by a verb after the name: "NAME, who chairs the transport committee," or "NAME, 54, ran the fund". */
export function jobAfter(text: string, tokens: Token[], nameEnd: number): string | null {
  if (nameEnd === 0 || nameEnd >= tokens.length || !tokens[nameEnd - 1].trail.startsWith(',')) return null;
  let i = afterAgeAndTown(tokens, nameEnd);
  const skipped = i > nameEnd;
  if (i < tokens.length && tokens[i].word.toLowerCase() === 'who') i++;
  else if (!skipped) return null;
  if (i >= tokens.length - 1 || !JOB_VERBS.test(tokens[i].word.toLowerCase()) || hardBreak(tokens[i])) return null;
  let end = i + 1;
  const stops = (k: number) =>
    /^(who|which|that|where|but|when|after|before|until|since|from)$/i.test(tokens[k].word) ||
    // "and" ends the job unless it joins two names ("the corner of Market and Fifth").
    (tokens[k].word === 'and' && !(k + 1 < tokens.length && isCapitalised(tokens[k + 1].word)));
  while (end < tokens.length - 1 && !hardBreak(tokens[end]) && end - i < 10 && !stops(end + 1)) end++;
  // A trailing date ("ran the fund from 2017") is not part of the job.
  while (end > i + 1 && /^(in|from|until|since|on|\d{4})$/i.test(tokens[end].word)) end--;
  return text.slice(tokens[i].wordStart, tokens[end].wordEnd);
}

const RELATIONS = /^(friend|wife|husband|son|daughter|mother|father|brother|sister|widow|widower|partner|neighbou?r|cousin|victim|suspect)$/;

/**
 * "Noam Chomsky is a professor emeritus at MIT in …": the role a sentence that opens with the name gives with
 * "is a/an/the", when a role noun comes within the first three words; it runs to the first break, clause word or
 * second preposition, six words after the noun at most.
 */
export function copularRole(text: string, tokens: Token[], nameStart: number, nameEnd: number): string | null {
  if (nameStart !== 0 || nameEnd + 2 >= tokens.length || hardBreak(tokens[nameEnd - 1])) return null;
  if (!/^(is|was)$/i.test(tokens[nameEnd].word) || !/^(a|an|the)$/i.test(tokens[nameEnd + 1].word)) return null;
  const first = nameEnd + 2;
  let noun = -1;
  for (let k = first; k < Math.min(tokens.length, first + 2); k++) {
    const w = tokens[k].word.toLowerCase();
    // "is a good friend", "is the son of": how two people are related, not what this one does.
    if (roleNoun(w) === w && !RELATIONS.test(w)) noun = k;
    if (hardBreak(tokens[k])) break;
  }
  if (noun < 0) return null;
  let end = noun;
  let prepositions = 0;
  while (end + 1 < tokens.length && end - noun < 6 && !hardBreak(tokens[end])) {
    const next = tokens[end + 1].word.toLowerCase();
    if (/^(who|which|that|and|but|since|when|where)$/.test(next)) break;
    // "Institute of Technology": a preposition between capitalised words belongs to a name.
    const inName = isCapitalised(tokens[end].word) && end + 2 < tokens.length && isCapitalised(tokens[end + 2].word);
    if (PREPOSITIONS.has(next) && !inName && ++prepositions > 1) break;
    end++;
  }
  while (end > noun && PREPOSITIONS.has(tokens[end].word.toLowerCase())) end--;
  return text.slice(tokens[first].wordStart, tokens[end].wordEnd);
}

/** The text of a token as written, possessive ending included. */
export function tokenText(text: string, t: Token): string {
  return text.slice(t.wordStart, t.coreEnd);
}
