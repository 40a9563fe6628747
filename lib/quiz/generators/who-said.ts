import type { Person, Quote } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, hedgedFragment, label, listing, norm, pickDistinct, textOf, type Draft } from '../util';
import { byProminence, kinGivesAway, mentions, namesOf, namesPerson, related } from '../people';
import { personById } from '../../analysis/people-links';
import { whoSaidTurnQuestions } from './who-said-turns';
import { reportedSpeechQuestions } from './who-said-reported';
import { escapeRegExp } from '../../text/normalise';

const escape = (s: string) => escapeRegExp(s).replace(/['’]/g, "['’]");

/** The sentence with every name of `p` replaced by a blank, or null when a mention survives. */
export function mask(text: string, p: Person): string | null {
  let out = text;
  for (const n of [...namesOf(p)].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, 'giu'), '___');
  }
  // "She rejected … writing that …": a sentence that names the speaker only by a pronoun has no blank to fill.
  // "The ___'s group said …": a blank with a possessive is part of a longer name (a group named after a person or
  // a place), whose speaker is the group, not the person (seventh blind review, eighth set).
  return mentions(out, p) || !out.includes('___') || /___['’]s\b/.test(out) ? null : out;
}

const SPEECH = '(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|shared|explained|explains|insisted|warned|replied|asked|noted|stated)';

/**
 * How the sentence gives the words to the speaker, said only as far as it is true: "according to X" is no verb
 * with X as its subject, and a sentence whose subject is someone else is not described as if X were.
 */
function attribution(sentence: string, speaker: Person): string {
  const names = [...namesOf(speaker)].sort((a, b) => b.length - a.length).map(escape).join('|');
  if (new RegExp(`according to (?:${names})(?![\\p{L}])`, 'iu').test(sentence)) {
    return `The words are given to ${speaker.name} with “according to”, which names whose account this is.`;
  }
  const subject = new RegExp(`(?<![\\p{L}])(?:${names})(?:,[^,]{1,80},)?\\s+(?:also\\s+|later\\s+)?${SPEECH}\\b`, 'iu');
  const inverted = new RegExp(`\\b${SPEECH}\\s+(?:${names})(?![\\p{L}])`, 'iu');
  if (subject.test(sentence) || inverted.test(sentence)) {
    return `The speaker is the subject of the verb next to the quote (said, shared, told, wrote): ${speaker.name}.`;
  }
  return `The sentence names ${speaker.name} as the one whose words these are.`;
}

/** A stand-in Person for a speaker the people list does not hold, so the same rules apply. */
function stub(name: string): Person {
  return { id: '', name, kind: 'person', roles: [], aliases: [], mentions: [], roleSentence: null };
}

/** Does the quotation run on into the next sentence of its paragraph, which names the speaker? */
function runsInto(sentences: { text: string; paragraph: number }[], quote: Quote, speaker: Person): boolean {
  const here = sentences[quote.sentence];
  const next = sentences[quote.sentence + 1];
  if (!here || !next || next.paragraph !== here.paragraph || !mentions(next.text, speaker)) return false;
  const opening = norm(next.text).split(' ').slice(0, 3).join(' ');
  return opening.length > 0 && norm(quote.text).includes(opening);
}

/** Who-said questions drafted at most, several times what one skill may keep in a bank. */
const MAX_DRAFTS = 40;

/** Quotations asked about per speaker. */
const PER_SPEAKER = 3;

/** The list started `by` places further on, wrapping round. */
function rotate<T>(list: T[], by: number): T[] {
  if (list.length === 0) return list;
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/**
 * Who said it: for each quote with a speaker, pick the speaker among other people of the same article.
 * Quotes with no speaker (a term in scare quotes) never become questions. The prompt never names the speaker.
 */
export function whoSaidQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const people = analysis.people.filter((p) => !/^(a|an) /i.test(p.name));
  const quotes = analysis.quotes
    .filter((q): q is Quote & { speaker: string } => q.speaker !== null && q.text.trim().length > 0)
    .sort((a, b) => a.sentence - b.sentence || b.text.length - a.text.length);
  const out: Question[] = [];
  const askedIn = new Set<string>();
  const askedOf = new Map<string, number>();
  // Looked up per quotation below; worked out once so a pasted storm of quotations does not cost their square.
  const speaks = new Set(analysis.quotes.map((q) => q.speakerId).filter(Boolean));
  const speakersOf = new Map<string, Set<string | null | undefined>>();
  for (const q of analysis.quotes) {
    const k = norm(q.text);
    const seen = speakersOf.get(k);
    if (seen) seen.add(q.speakerId);
    else speakersOf.set(k, new Set([q.speakerId]));
  }
  const blockAt = new Set(analysis.quotes.filter((o) => o.kind === 'block').map((o) => `${o.sentence}|${o.speaker}`));
  // A second quotation of a speaker's passage is drafted after all the first ones, so the bank takes it only when
  // it has room (a first one given away by another stem, say), and never from a sentence already asked about.
  const queue = [...quotes];
  const askedSentences = new Set<number>();
  for (let i = 0; i < queue.length; i++) {
    const quote = queue[i];
    const second = i >= quotes.length;
    // Far more than the bank keeps for one skill (capPerSkill); a pasted storm of quotations stops here.
    if (out.length >= MAX_DRAFTS) break;
    // "a spokesperson for the board" among named people stands out by its form alone, so unnamed speakers are
    // not asked about.
    if (/^(a|an|the)\s/i.test(quote.speaker) && /^\p{Ll}/u.test(quote.speaker)) continue;
    const speaker = personById(analysis.people, quote.speakerId) ?? stub(quote.speaker);
    // One question per speaker and paragraph, three per speaker: a second quotation from the same passage asks the
    // same thing again, and a bank of one voice teaches less than one of many.
    const paragraph = analysis.sentences[quote.sentence]?.paragraph ?? -1;
    const turn = `${speaker.name}|${paragraph}`;
    if ((askedOf.get(speaker.name) ?? 0) >= PER_SPEAKER || askedSentences.has(quote.sentence)) continue;
    if (askedIn.has(turn) && !second) {
      queue.push(quote);
      continue;
    }
    // A post or statement quoted over several sentences is asked about once, from its first sentence.
    const runStart = (q: Quote) => {
      let at = q.sentence;
      while (blockAt.has(`${at - 1}|${q.speaker}`)) at--;
      return at;
    };
    if (quote.kind === 'block' && runStart(quote) !== quote.sentence) continue;
    if (mentions(quote.text, speaker)) continue;
    // "my son felt safe" from the one parent the article describes: the words name the speaker by themselves.
    if (kinGivesAway(quote.text, speaker, analysis.sentences)) continue;
    const sentence = textOf(analysis.sentences, quote.sentence);
    if (!sentence) continue;
    // "We cannot say," he said, "that X": the second piece alone would put X in the speaker's mouth.
    if (hedgedFragment(sentence, quote.text)) continue;
    const words = quote.text.trim().split(/\s+/).length;
    // A full stop before the closing mark and then a question mark reads “…months.”?; the stop is dropped.
    const shown = excerpt(quote.text.trim().replace(/[,;:]+$/, ''), 40).replace(/([^.])\.$/, '$1');
    // "gone quiet for months": a few words cut from inside someone's sentence say nothing on their own, so the
    // sentence is shown with the speaker blanked out instead.
    const fragment = /^\p{Ll}/u.test(quote.text.trim()) && words < 6;
    let prompt: string;
    if (quote.kind === 'block') prompt = `Whose words are these: “${shown}”?`;
    else if (words >= 3 && !fragment) prompt = `Who is quoted in the article saying “${shown}”?`;
    else {
      // A word or two is too little to go on: show the sentence with the speaker blanked out.
      const masked = mask(sentence, speaker);
      if (!masked) continue;
      prompt = `Who fills the blank? “${excerpt(masked, 32)}”`;
    }
    // Who else said these very words (a quotation repeated), and who speaks at all: by the quotes' links to people.
    const saidSame = speakersOf.get(norm(quote.text)) ?? new Set();
    // A group ("researchers") may include the speaker, so groups are offered only when they speak themselves, and
    // only beside a group: a lower-case "regulators" among named people is no option of the same kind.
    const ok = byProminence(people, analysis.sentences).filter(
      (p) =>
        !related(p, speaker) &&
        !saidSame.has(p.id) &&
        (p.kind === 'person' || (speaker.kind !== 'person' && speaks.has(p.id))) &&
        // Someone who speaks, or whom the article introduces (a role, or named twice): a one-off capitalised
        // phrase may be a product or a place, and would be a speaker no reader could take seriously.
        (speaks.has(p.id) || p.roles.length > 0 || p.mentions.length >= 2),
    );
    // Options a reader could take for the speaker: people named in full in the quotation's sentence (the trap:
    // named, but not speaking), the article's other speakers, then people it introduces with a role. Someone only
    // mentioned elsewhere is no speaker anyone would pick. The other speakers take turns from question to
    // question, so the one name that is new to a question is not always its answer.
    const full = (p: Person) => p.kind === 'group' || /\s/.test(p.name);
    // Named as themself: a surname alone may be a company named after them, and the explanation says the trap is
    // named in the sentence.
    const inSentence = ok.filter((p) => full(p) && namesPerson(sentence, p, analysis.sentences));
    const otherSpeakers = rotate(ok.filter((p) => !inSentence.includes(p) && speaks.has(p.id)), out.length);
    // Then people the article introduces: with a role first, then anyone named in full more than once.
    const rest = ok
      .filter((p) => full(p) && !inSentence.includes(p) && !otherSpeakers.includes(p))
      .sort((a, b) => Number(b.roles.length > 0) - Number(a.roles.length > 0));
    const distractors = [...inSentence, ...otherSpeakers, ...rest].map((p) => p.name);
    const evidence = [quote.sentence];
    let how: string;
    if (quote.kind === 'block') {
      const intro = analysis.sentences[quote.sentence - 1];
      if (intro && mentions(intro.text, speaker)) evidence.push(intro.index);
      how =
        `These words stand on their own, without quotation marks, right after ${intro ? `${label(intro.index)}: “${intro.text}”` : 'a line that introduces them'}. ` +
        `That line tells you whose post or statement follows: ${speaker.name}.`;
    } else if (!mentions(sentence, speaker) && runsInto(analysis.sentences, quote, speaker)) {
      // "“He shut the door. Anyone can see it,” Ruiz said.": the quotation closes in the next sentence, which names
      // the speaker; that sentence is the evidence, not an earlier one.
      const next = quote.sentence + 1;
      evidence.push(next);
      how =
        `The quotation opens in ${label(quote.sentence)} and runs on into ${label(next)}, where it closes: ` +
        `“${excerpt(textOf(analysis.sentences, next), 30)}” The words after the closing mark name the speaker: ${speaker.name}.`;
    } else if (!mentions(sentence, speaker)) {
      // The speaker is named before the quotation's sentence ("Wilkins also said …", a statement announced in the
      // paragraph before): cite that sentence, or skip the question when no nearby sentence names them.
      const named = [1, 2, 3].map((d) => quote.sentence - d).find((i) => i >= 0 && mentions(textOf(analysis.sentences, i), speaker));
      if (named === undefined) continue;
      evidence.push(named);
      how =
        `Find the quotation marks in ${label(quote.sentence)}: “${excerpt(sentence, 40)}” It names no speaker, so read ` +
        `back to ${label(named)}: “${excerpt(textOf(analysis.sentences, named), 30)}” That sentence names ` +
        // Not "introduces … what they said": the sentence may report no speech at all ("he attended the trial with
        // his wife"), and the claim was false (tenth blind set).
        `${speaker.name}, and the quotation after it, with no other name, is theirs.`;
    } else {
      how = `Find the quotation marks in ${label(quote.sentence)}: “${excerpt(sentence, 40)}” ${attribution(sentence, speaker)}`;
    }
    // Everyone named in the sentence who ends up among the options is a deliberate trap, and each is explained.
    const shownOthers = pickDistinct(distractors, [speaker.name], 3);
    const traps = inSentence.filter((p) => shownOthers.includes(p.name)).map((p) => p.name);
    const trap = traps.length > 0;
    const capFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
    const draft: Draft = {
      skill: 'who-said',
      prompt,
      answer: speaker.name,
      distractors,
      evidence,
      explanation: `${how}${
        trap
          ? ` ${capFirst(listing(traps))} ${traps.length > 1 ? 'are' : 'is'} also named in that sentence, but ` +
            `${traps.length > 1 ? 'they are not the ones' : 'is not the one'} speaking: the words are said about or next to them, not by them.`
          : ''
      }`,
      difficulty: trap ? 3 : quote.kind === 'block' ? 2 : 1,
    };
    const q = finish(draft);
    if (!q) continue;
    out.push(q);
    askedIn.add(turn);
    askedSentences.add(quote.sentence);
    askedOf.set(speaker.name, (askedOf.get(speaker.name) ?? 0) + 1);
  }
  // Reported speech last: the bank keeps direct quotations first, and these fill in where a story quotes few.
  return [...out, ...whoSaidTurnQuestions(ctx), ...reportedSpeechQuestions(ctx)];
}
