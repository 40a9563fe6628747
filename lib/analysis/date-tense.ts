/**
 * The tense of the verb that governs a date expression, so that a date without a year (or a bare weekday) can be
 * put before or after the article's date. A keyword anywhere in the clause is not enough: in "The council voted on
 * Tuesday to close the library" the infinitive looks ahead but the vote is past, and in "will be finished before
 * the school year in September" the participle looks past but the auxiliary is future. So the nearest tense marker
 * before the date wins, a participle defers to its auxiliary, and only a date that opens its sentence looks ahead.
 */

export type Tense = 'past' | 'future' | null;

/** Words that put what follows ahead of the article's date. */
const FUTURE = new Set([
  'will', 'shall', "'ll", '’ll', 'would', 'wo', 'going', 'scheduled', 'expected', 'expects', 'expect', 'due', 'plans',
  'plan', 'planned', 'planning', 'intends', 'intend', 'aims', 'hopes', 'upcoming', 'forecast', 'projected', 'must',
  'can', 'should', 'needs', 'soon', 'set', 'tomorrow', 'next',
]);

/** Present-tense verbs of starting that news uses for what is planned ("the new rate starts on Monday"). */
const STARTS = new Set(['begins', 'starts', 'reopens', 'resumes', 'commences']);

/** Irregular past forms common in news (regular ones end in -ed). */
const PAST = new Set([
  'was', 'were', 'had', 'did', 'began', 'came', 'went', 'said', 'told', 'saw', 'took', 'made', 'gave', 'found', 'held',
  'left', 'met', 'won', 'lost', 'ran', 'rose', 'fell', 'grew', 'built', 'brought', 'kept', 'paid', 'sent', 'spent',
  'got', 'became', 'broke', 'wrote', 'chose', 'led', 'stood', 'spoke', 'sold', 'bought', 'struck', 'flew', 'drew',
  'wore', 'threw', 'sank', 'froze', 'hit', 'fought', 'caught', 'taught', 'felt', 'heard', 'knew', 'thought', 'won',
  'ago', 'yesterday',
]);

/** Past verbs of deciding: an infinitive after one ("voted to close") happens later, at a time of its own. */
const DECIDED = new Set(['voted', 'decided', 'agreed', 'approved', 'chose', 'opted', 'resolved', 'vowed', 'promised', 'pledged', 'proposed', 'announced', 'threatened', 'ordered', 'urged', 'asked']);

/** Past forms that are never participles, so no auxiliary before them changes their tense. */
const FINITE_PAST = new Set(['was', 'were', 'had', 'did', 'ago', 'yesterday']);

/** A participle after one of these belongs to that auxiliary ("was finished", "will be finished"). */
const AUX = /^(am|is|are|was|were|be|been|being|has|have|had|will|would|to|get|got|remains|remain|stays|stay)$/;
const NOT_ED = /^(\p{L}*eed|hundred|red|bed|shed|sacred|wicked|naked|kindred|wed)$/u;

const WORD = /[\p{L}’']+/gu;

/** A word's tense, or null when it marks none. `prev` is the word before it (for participles). */
function mark(word: string, prev: string | undefined, prev2: string | undefined): Tense {
  const w = word.toLowerCase();
  // "are to travel": a plan.
  if (w === 'to' && /^(is|are|am)$/i.test(prev ?? '')) return 'future';
  if (FUTURE.has(w)) return w === 'set' && prev !== 'is' && prev !== 'are' ? null : 'future';
  // "takes effect from 1 April", "starts on Monday": a present-tense start in news is a plan, not a habit.
  if (w === 'effect' && /^(takes|take)$/i.test(prev ?? '')) return 'future';
  if (STARTS.has(w)) return 'future';
  // "is to be held", "had been sent": an irregular participle after an auxiliary defers to that auxiliary, as a
  // regular -ed one does; only the finite forms (was, had, did …) and the time words mark the past by themselves.
  if (PAST.has(w)) return AUX.test(prev?.toLowerCase() ?? '') && !FINITE_PAST.has(w) ? null : 'past';
  // Lower-case -ed words only ("Ahmed" is a name); an -ed word after an auxiliary is a participle.
  if (/^\p{Ll}{2,}ed$/u.test(word) && !NOT_ED.test(w)) {
    const p = prev?.toLowerCase() ?? '';
    const p2 = prev2?.toLowerCase() ?? '';
    if (AUX.test(p) || (/^(not|also|still|already|just|never|being|been|then)$/.test(p) && AUX.test(p2))) return null;
    return 'past';
  }
  return null;
}

/** The tense governing the date at [start, end) of a sentence. */
export function tenseAt(text: string, start: number, end: number): Tense {
  // "the August 10 decision": the date names a noun, so no verb governs it.
  if (/\b(the|its|his|her|their|this|that)\s+$|[’']s\s+$/i.test(text.slice(0, start)) && /^\s+\p{Ll}/u.test(text.slice(end))) return null;
  // Only the clause's own stretch: a semicolon or a dash starts a new statement.
  // An appositive (", a premium over the closing price on Monday") has no verb of its own: the verb before its
  // comma governs something else, so the scan stops there.
  const aside = /,\s+(?:a|an)\s+[^,;]*$/i.exec(text.slice(0, start));
  const stop = Math.max(text.lastIndexOf(';', start), text.lastIndexOf(' — ', start), text.lastIndexOf(' – ', start), aside ? aside.index + 1 : -1);
  const before = [...text.slice(stop + 1, start).matchAll(WORD)].map((m) => m[0]);
  let infinitive = false;
  for (let i = before.length - 1; i >= 0; i--) {
    // "conditions may worsen on Thursday": a modal looks ahead (the month "May" is written with a capital).
    if (before[i] === 'may' || before[i] === 'might') return 'future';
    // "the deadline is May 15": a present verb governs the date, which neither tense settles.
    if (/^(is|are|am)$/.test(before[i])) return null;
    // "voted on Monday to close the branch at the end of June": the date is the decided action's, whose time the
    // past verb of the decision does not give.
    if (before[i] === 'to' && /^\p{Ll}+$/u.test(before[i + 1] ?? '') && !/^(the|a|an|his|her|their|its|our|my|be)$/.test(before[i + 1])) infinitive = true;
    const t = mark(before[i], before[i - 1], before[i - 2]);
    if (t) return t === 'past' && infinitive && DECIDED.has(before[i].toLowerCase()) ? null : t;
  }
  // "has issued a warning through 8 p.m. Wednesday", "the road stays closed until Friday": the end of a period that
  // runs now, with no past verb before it, lies ahead.
  const own = /^\s*(through|until|till|til|thru)\b/i.exec(text.slice(start, end))?.[1];
  const last = own ?? before.filter((w) => !/^(?:a|p|m|am|pm|noon|midnight|the)$/i.test(w)).pop();
  if (last && /^(?:through|until|till|til|thru)$/i.test(last)) return 'future';
  // "In September, the wing will open": a date that opens its clause takes the tense of the verb after it; any
  // other date without a verb before it has no tense ("The lake froze on May 3, and ... will" is not ahead).
  if (before.filter((w) => !/^(in|on|at|by|from|until|since|during|through|before|after|back|early|late|and|but|then|the)$/i.test(w)).length > 0) return null;
  const rest = text.slice(end).replace(/^\s*,/, '').split(/[,;.!?]/)[0];
  const after = [...rest.matchAll(WORD)].map((m) => m[0]).slice(0, 10);
  for (let i = 0; i < after.length; i++) {
    const t = mark(after[i], after[i - 1], after[i - 2]);
    if (t) return t;
  }
  return null;
}
