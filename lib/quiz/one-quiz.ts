import type { Question, QuestionKind } from './types';
import { containsWords, norm, surnameOf } from './util';
import { rolePair } from './giveaway-people';

/** The right option of a question with one (`choice`, part A of `two-part`), else null. */
const oneAnswer = (q: Question): string | null => ((q.kind ?? 'choice') === 'choice' || q.kind === 'two-part' ? (q.options[q.answer] ?? null) : null);

/** Two who-said items keyed to the same speaker that rest on a sentence in common. */
export function sameSpeech(a: Question, b: Question): boolean {
  if (a.skill !== 'who-said' || b.skill !== 'who-said') return false;
  const x = oneAnswer(a);
  return x !== null && x === oneAnswer(b) && restsOn(a).some((i) => restsOn(b).includes(i));
}

/** Skills whose items ask about a person: who said it, who is who, whose claim. */
const PEOPLE_SKILLS = new Set(['who-said', 'who-is', 'record-or-claim']);

/** The sentences a student selects for an item (an evidence item's key, a two-part item's part B), else none. */
const keyedSentences = (q: Question): number[] => (q.key?.kind === 'sentences' || q.key?.kind === 'two-part' ? q.key.sentences : []);

/** An evidence item that asks who said or did something: its key is the sentence that names them. */
export const asksWho = (q: Question): boolean => q.kind === 'evidence' && /\bshows? who\b/.test(q.prompt);

/** The sentences an item rests on: for an evidence item, the ones the student must select. */
const restsOn = (q: Question): number[] => (q.key?.kind === 'sentences' || q.key?.kind === 'two-part' ? [...new Set([...q.key.sentences, ...q.evidence])] : q.evidence);

/** The words a stem quotes from the article (between “ and ”), without an excerpt's ellipses. */
const quotedOf = (prompt: string): string | null => /“(.+)”/.exec(prompt)?.[1].replace(/^…|…$/g, '').trim() ?? null;

const wordsOf = (s: string) => norm(s).replace(/[^\p{L}\p{N}' ]/gu, ' ').split(/\s+/).filter(Boolean);
const figuresOf = (s: string) => new Set(s.match(/\d[\d,.]*\d|\d/g)?.map((f) => f.replace(/[,.]$/, '')) ?? []);

/**
 * The person an item about people is answered by, or null: the speaker a who-said item is keyed to, the name a
 * who-is item pairs with a role (asked either way), the person a "Which sentence shows that Ana Ruiz is …?" item
 * names.
 */
export function personOf(q: Question): string | null {
  // Whose claim a statement is asks claim against record, not who: the name is one half of the answer only.
  if (q.skill !== 'who-said' && q.skill !== 'who-is') return null;
  if (q.kind === 'evidence') {
    const named = /^Which sentences? shows? that (.+?) (?:is|was|are|were)\b/.exec(q.prompt)?.[1];
    return named && surnameOf(named) !== null ? norm(named) : null;
  }
  const pair = rolePair(q);
  if (pair) return norm(pair.name);
  const answer = oneAnswer(q);
  if (answer === null) return null;
  return q.skill === 'who-said' && surnameOf(answer) !== null ? norm(answer) : null;
}

/**
 * Two items about the same person that rest on a sentence in common: the clause that names them ("chief executive
 * Ana Ruiz said") settles both, whatever each asks (who said it, who has the role, which sentence shows it), so
 * answering one answers the other. The same person in different sentences is two facts (two quotations of one
 * speaker), and two people in one sentence are two facts too.
 */
export function samePerson(a: Question, b: Question): boolean {
  const p = personOf(a);
  return p !== null && p === personOf(b) && restsOn(a).some((i) => restsOn(b).includes(i));
}

/** Two "find the proof" items whose keys select the same sentences: the answer of one is the answer of the other. */
const sameSelection = (a: Question, b: Question): boolean => {
  if (a.kind !== 'evidence' || b.kind !== 'evidence') return false;
  const [x, y] = [keyedSentences(a), keyedSentences(b)];
  return x.length > 0 && x.length === y.length && x.every((i) => y.includes(i));
};

/**
 * What a "find the proof" item asks about, as words its key sentence prints: the person ("that Ana Ruiz is …"),
 * the quotation ("who said “…”"), the figure ("where the figure of 40 jobs comes from") or the event ("when this
 * happened: “…”"); null when it names none of them.
 */
function askedOf(q: Question): string | null {
  if (q.kind !== 'evidence') return null;
  const person = personOf(q);
  if (person) return person;
  const quoted = quotedOf(q.prompt);
  if (quoted && wordsOf(quoted).length >= 3) return quoted;
  return /the figure of (.+?) comes? from/.exec(q.prompt)?.[1] ?? null;
}

/**
 * A stem that quotes the sentence a "find the proof" item keys, printing what that item asks about (the vocabulary
 * question quoting "Justice Ana Ruiz, writing for the court, said …" beside "Which sentence shows that Ana Ruiz is
 * a justice?"): the student reads the proof in the one stem and only has to find it.
 */
function printsProof(x: Question, y: Question): boolean {
  const asked = askedOf(y);
  if (asked === null || x === y || !/“/.test(x.prompt)) return false;
  const keyed = keyedSentences(y);
  if (!x.evidence.some((i) => keyed.includes(i))) return false;
  // A person is printed by the full name or the surname alone ("Justice Ruiz").
  const person = personOf(y);
  return containsWords(x.prompt, asked) || (person !== null && containsWords(x.prompt, person.split(/\s+/).pop() ?? person));
}

/** Figures and dates, not names or statements: an option that is a value another item asks for. */
const isValue = (o: string) => /\d/.test(o) && surnameOf(o) === null && o.split(/\s+/).length <= 4;

/**
 * An item that offers another item's key (a figure or a date) as a wrong option: a student who answers both learns
 * the key of the one by elimination across items (the interview's date offered as a distractor for "last year", two
 * figure gaps each offering the other's key). Names are exempt: who-said items all offer the same few people.
 */
export function offersKey(x: Question, y: Question): boolean {
  const key = oneAnswer(y);
  if (key === null || !isValue(key) || x === y) return false;
  return x.options.some((o, i) => i !== ((x.kind ?? 'choice') === 'choice' || x.kind === 'two-part' ? x.answer : -1) && norm(o) === norm(key));
}

/**
 * What an item says of the article, without the wording every item of its template shares: the words its stem
 * quotes, else what a "Which sentence shows …?" stem names, and its options (the statements of a pick).
 */
function contentOf(q: Question): string[] {
  const prompt = q.prompt.replace(/\s*\(The article is dated [^)]*\)\s*$/, '');
  const quoted = [...prompt.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  // A stem that words a fact anew rather than quote it ("When did this happen, according to the article: A study
  // was published …?") names it after its colon.
  const named = quoted.length > 0 ? quoted : [/\bshows?\b(.*)$/.exec(prompt)?.[1] ?? /:\s(.*)$/.exec(prompt)?.[1] ?? ''];
  return [...named, ...q.options].filter((x) => x.trim().length > 0);
}

/** The longest run of words two lists of texts share, each text with each. */
function sharedRun(a: string[], b: string[]): number {
  let best = 0;
  for (const x of a.map(wordsOf)) {
    for (const y of b.map(wordsOf)) {
      for (let i = 0; i < x.length; i++) {
        for (let j = 0; j < y.length; j++) {
          let k = 0;
          while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
          if (k > best) best = k;
        }
      }
    }
  }
  return best;
}

/**
 * Two items that a strict reviewer would not let sit in one quiz when one of them is of a kind other than `choice`
 * (choice questions among themselves are sorted out by dropGiveaways):
 * - the same stem (a two-part item and the choice question that is its part A);
 * - a stem that prints the other's answer ("Which sentence shows that Marcus Bell is an assistant district
 *   attorney?" beside "Who is Marcus Bell?"); a name is printed by many stems and tells nothing on its own, so it
 *   gives away only when printed with the words the other item quotes ("Which person is described as “…”?");
 * - a stem that prints one of the other's options of 4+ words (a pick among quotations);
 * - two of the same statements as options ("Which happened first?" and "Put these in order" over the same events);
 * - the same fact asked twice: both rest on a sentence in common, and their stems share a figure or five words in
 *   a row in what they quote or offer (the date of one event asked as a choice and as "Which sentence shows when
 *   this happened?"). Vocabulary
 *   and spelling items ask about a word, not the fact, so a sentence they quote is not their fact.
 */
export function clash(a: Question, b: Question): boolean {
  // The same person settled by one sentence, one item's key offered as the other's distractor, and the same proof
  // selected twice repeat a fact whatever the kinds, choice questions among themselves too (seventh and eighth blind
  // reviews: "who said …?" and "who is the company spokesperson?" both answered by "a company spokesperson, Ana
  // Ruiz, said").
  if (samePerson(a, b) || offersKey(a, b) || offersKey(b, a) || sameSelection(a, b) || printsProof(a, b) || printsProof(b, a)) return true;
  if ((a.kind ?? 'choice') === 'choice' && (b.kind ?? 'choice') === 'choice') return false;
  // Two who-said items keyed to one speaker and proved by one sentence (a speech split over several sentences, each
  // quotation asked apart) teach the same thing twice: the sixth blind review failed them as repeats. (Between two
  // choice questions the generator's own de-duplication already keeps one: sameSpeech in generate.ts.)
  if (sameSpeech(a, b)) return true;
  // "Which sentence shows who said …?" beside another item about people whose key selects the same sentence (a
  // who-said part B, "Which sentence shows that Okonjo is …"): the sentence that names the one settles the other.
  const about = (x: Question, y: Question) => asksWho(x) && PEOPLE_SKILLS.has(y.skill) && keyedSentences(x).some((i) => keyedSentences(y).includes(i));
  if (about(a, b) || about(b, a)) return true;
  if (norm(a.prompt) === norm(b.prompt)) return true;
  const gives = (x: Question, y: Question) => {
    const answer = oneAnswer(y);
    if (answer !== null && norm(answer).length >= 2 && containsWords(x.prompt, answer)) {
      const quoted = surnameOf(answer) !== null && !/\d/.test(answer) ? quotedOf(y.prompt) : null;
      if (surnameOf(answer) === null || /\d/.test(answer) || (quoted !== null && containsWords(x.prompt, quoted))) return true;
    }
    // "The article reports: “the prosecutors “buried” this information”…" beside a pick of the claims among options
    // that print it: one settles the other.
    // The events of an order item are all to be shown; none of them is an answer.
    return y.kind !== 'order' && y.options.some((o) => o.split(/\s+/).length >= 4 && norm(x.prompt).includes(norm(o).replace(/…$/, '')));
  };
  // Events and statements, not names or figures: every who-said item offers the same few names.
  // Only where the options are the statements asked about (events to order, quotations to pick): two record-or-claim
  // items both offer "A claim by Kari Morrissey" without asking the same thing.
  const picks = (q: Question) => q.kind === 'order' || q.kind === 'multi';
  const statement = (o: string) => o.split(/\s+/).length >= 3 && surnameOf(o) === null;
  const shared = picks(a) || picks(b) ? a.options.filter((o) => statement(o) && b.options.some((p) => norm(p) === norm(o))).length : 0;
  if (shared >= 2 || gives(a, b) || gives(b, a)) return true;
  // An order item asks the sequence of its events, not the date of one (two items over the same events are the
  // shared-statements case above).
  const aboutFact = (q: Question) => q.skill !== 'vocabulary' && q.skill !== 'spot-error' && q.kind !== 'order';
  if (!aboutFact(a) || !aboutFact(b) || !restsOn(a).some((i) => restsOn(b).includes(i))) return false;
  const [ca, cb] = [contentOf(a), contentOf(b)];
  const fb = figuresOf(cb.join(' '));
  return sharedRun(ca, cb) >= 5 || [...figuresOf(ca.join(' '))].some((f) => fb.has(f));
}

/**
 * Does an item date one of an order item's events ("When did this happen: …?" or "Which sentence shows when …?" on
 * the sentence of one of the events to put in order)? Other skills on those sentences ask something else.
 */
export function datesEventOf(order: Question, q: Question): boolean {
  // "Which happened first?" over the same events is the shared-statements case of `clash`, not a date.
  return order.kind === 'order' && q.kind !== 'order' && q.skill === 'timeline' && /\bwhen\b/i.test(q.prompt) && restsOn(q).some((i) => order.evidence.includes(i));
}

/**
 * An order item whose events are dated one by one by other items adds nothing: a student who knows each date knows
 * the order (the eighth blind review failed "put these 4 events in order" beside four "when" items on them). With
 * one event dated elsewhere the order still asks something of its own, so the "when" items on its events but the
 * first give way. Not the order item: a bank has one at most and the issue asks for it wherever three dates are
 * sure, while "when" items are the most plentiful, and the other kinds ask other facts in their place
 * (kinds/index.ts). Returns the items to drop.
 */
export function orderRepeats(bank: readonly Question[]): Set<Question> {
  const drop = new Set<Question>();
  for (const order of bank.filter((q) => q.kind === 'order')) {
    bank.filter((q) => !drop.has(q) && datesEventOf(order, q)).slice(1).forEach((q) => drop.add(q));
  }
  return drop;
}

/**
 * Which of two clashing items a bank keeps: the one that asks more of the student. A two-part item holds its
 * choice question whole and asks for the proof as well, so it goes first; then the kinds that a quiz can have
 * only one or two of (order, several answers); then "find the proof"; choice questions, the most plentiful, last.
 */
const KEEP_FIRST: readonly QuestionKind[] = ['two-part', 'order', 'multi', 'evidence', 'choice'];

/**
 * The bank as one quiz: a teacher reviews and prints the whole bank, so no item may repeat another or print its
 * answer (see `clash`). Of two that clash, the one of the kind earlier in KEEP_FIRST stays (in bank order within a
 * kind); then an order item's events are dated by one "when" item at most (orderRepeats). The bank keeps its order.
 */
export function oneQuiz(bank: Question[]): Question[] {
  const rank = (q: Question) => KEEP_FIRST.indexOf(q.kind ?? 'choice');
  const byRank = bank.map((q, i) => ({ q, i })).sort((x, y) => rank(x.q) - rank(y.q) || x.i - y.i);
  const kept: Question[] = [];
  for (const { q } of byRank) if (!kept.some((k) => clash(k, q))) kept.push(q);
  const repeats = orderRepeats(bank.filter((q) => kept.includes(q)));
  const keep = new Set(kept.filter((q) => !repeats.has(q)));
  return bank.filter((q) => keep.has(q));
}
