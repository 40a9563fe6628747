import type { Analysis, Person, Quote } from '../../analysis/types';
import type { GenContext } from '../context';
import type { Question, Skill } from '../types';
import { excerpt, fnv1a, hedgedFragment, label, listing, norm, textOf } from '../util';
import { byProminence, mentions, related } from '../people';
import { sureEvents } from './order';
import { guests } from '../generators/who-said-turns';
import { mightProve } from './proof';
import { spread, standsAlone } from './turns';
import { silent, type Note } from './notes';

/** What a several-answer source proposes: the right options and the wrong ones, each with the sentence it rests on. */
interface Draft {
  skill: Skill;
  /** Says how many to pick: "Which two of these …?" */
  prompt: string;
  right: { text: string; sentence: number }[];
  wrong: { text: string; sentence: number }[];
  /** Why the right ones are right and the others not. */
  explanation: (right: string, wrong: string) => string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const quoted = (xs: { text: string; sentence: number }[]) => listing(xs.map((x) => `“${x.text}” (${label(x.sentence)})`));

/** Exactly two right options, then one or two wrong ones: 3 or 4 options in canonical order, right ones spread. */
function toQuestion(d: Draft): Question | string {
  const right = d.right.slice(0, 2);
  const wrong = d.wrong.slice(0, 2);
  if (right.length !== 2 || wrong.length < 1) return `${d.right.length} right and ${d.wrong.length} wrong options`;
  const all = [...right, ...wrong];
  if (new Set(all.map((x) => norm(x.text))).size !== all.length) return 'two options read the same';
  const hash = fnv1a(`${d.prompt}\u0000${all.map((x) => x.text).join('\u0000')}`);
  // Canonical positions from the hash, so the right ones are not always first (dealt quizzes are shuffled again).
  const slots = all.map((_, i) => i).sort((a, b) => (parseInt(hash.slice(a * 2, a * 2 + 2), 16) - parseInt(hash.slice(b * 2, b * 2 + 2), 16)) || a - b);
  const options = slots.map((i) => all[i].text);
  const answers = slots.map((i, at) => (i < 2 ? at : -1)).filter((at) => at >= 0);
  return {
    id: `multi-${hash}`,
    skill: d.skill,
    kind: 'multi',
    prompt: d.prompt,
    options,
    answer: -1,
    key: { kind: 'several', answers, options: options.length },
    evidence: [...new Set(all.map((x) => x.sentence))].sort((a, b) => a - b),
    explanation: d.explanation(quoted(right), quoted(wrong)),
    difficulty: 2,
  };
}

/** "Which two of these are claims rather than the record?" from the bank's record-or-claim questions, and the reverse. */
function recordOrClaim(bank: Question[]): Draft[] {
  const items = bank
    .filter((q) => q.skill === 'record-or-claim' && (q.kind ?? 'choice') === 'choice' && q.evidence.length === 1)
    .map((q) => ({ text: /^The article reports: “(.+)”\. Is that/.exec(q.prompt)?.[1], claim: q.options[q.answer].startsWith('A claim by '), sentence: q.evidence[0] }))
    .filter((x): x is { text: string; claim: boolean; sentence: number } => !!x.text && x.text.split(/\s+/).length <= 24);
  const claims = items.filter((x) => x.claim);
  const records = items.filter((x) => !x.claim);
  const why = (want: string, other: string) => (right: string, wrong: string) =>
    `${cap(want)}: ${right}: each is what a named person or group says, not what the article reports as done. ${cap(other)}: ${wrong}. ` +
    'A claim is only as good as the person making it; the record is what a court, an official body or the article itself states as done.';
  return [
    { skill: 'record-or-claim', prompt: 'Which two of these are claims rather than the record? Pick two.', right: claims, wrong: records, explanation: why('the claims', 'on the record') },
    {
      skill: 'record-or-claim',
      prompt: 'Which two of these are on the record rather than someone’s claim? Pick two.',
      right: records,
      wrong: claims,
      explanation: (right, wrong) =>
        `On the record: ${right}: the article reports them as done (a ruling, a sentence, a filing), not as what someone says. ` +
        `Claims: ${wrong}. A fact-checker asks of every statement: who says so?`,
    },
  ];
}

/** "Which two of these did Kristen Wilkins say?": a person quoted (and named) in two sentences, and others' words. */
function quotesOf(analysis: Analysis): Draft[] {
  const usable = (q: Quote, p: Person) =>
    q.kind === 'direct' && q.text.split(/\s+/).length >= 4 && mentions(textOf(analysis.sentences, q.sentence), p) && !hedgedFragment(textOf(analysis.sentences, q.sentence), q.text);
  const shown = (q: Quote) => ({ text: excerpt(q.text.replace(/[.,;:]+$/, ''), 16), sentence: q.sentence });
  const people = analysis.people.filter((p) => p.kind === 'person');
  const out: Draft[] = [];
  for (const p of people) {
    const own = analysis.quotes.filter((q) => q.speakerId === p.id && usable(q, p));
    const bySentence = own.filter((q, i) => own.findIndex((o) => o.sentence === q.sentence) === i);
    if (bySentence.length < 2) continue;
    // Others' words, said in sentences that do not name this person (so they cannot be theirs as well).
    const others = analysis.quotes.filter((q) => {
      const who = people.find((o) => o.id === q.speakerId);
      return who && !related(who, p) && usable(q, who) && !mentions(textOf(analysis.sentences, q.sentence), p);
    });
    out.push({
      skill: 'who-said',
      prompt: `Which two of these did ${p.name} say, according to the article? Pick two.`,
      right: bySentence.map(shown),
      wrong: others.map(shown),
      explanation: (right, wrong) =>
        `${p.name}’s words: ${right}: each sentence puts them in quotation marks and names ${p.name} as the speaker. ` +
        `The others are someone else’s: ${wrong}. Check who is named next to the quotation marks, not who the paragraph is about.`,
    });
  }
  return out;
}

/** Words that report speech: a person named in such a sentence may be speaking, quoted or not. */
const SPEECH = /["“”]|\b(?:said|says|say|told|tells|added|adds|according|explained|explains|claimed|claims|stated|states|asked|asks|wrote|writes|argued|argues|insisted|denied|announced|tweeted|posted|noted|described|called)\b/i;

/**
 * "Which two of these people does the article quote?": two people with their own words in quotation marks (named in
 * that sentence), against people the article names in no sentence that reports speech, quoted by no one's account.
 */
function quotedPeople(analysis: Analysis): Draft[] {
  const people = analysis.people.filter((p) => p.kind === 'person');
  const quotedIn = (p: Person) =>
    analysis.quotes.find((q) => q.speakerId === p.id && q.kind === 'direct' && q.text.split(/\s+/).length >= 4 && mentions(textOf(analysis.sentences, q.sentence), p));
  const speaking = people.map((p) => ({ p, q: quotedIn(p) })).filter((x): x is { p: Person; q: Quote } => x.q !== undefined);
  const silent = byProminence(people).filter(
    (p) =>
      // A full name the article gives a role (“publisher Carlo De Benedetti”): a place or an institution taken for
      // a person ("Chapel Hill", "USI Art Collections") has none.
      p.roles.length > 0 &&
      /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}$/u.test(p.name) &&
      !/(?:ions|ies|ers|ments|ings|ics|ures|ums|ries|ties)$/.test(p.name) &&
      !analysis.quotes.some((q) => q.speakerId === p.id) &&
      !analysis.statements.some((st) => st.whoId === p.id) &&
      !analysis.figures.some((f) => f.sourceId === p.id) &&
      !speaking.some((s) => related(s.p, p)) &&
      p.mentions.every((i) => !SPEECH.test(textOf(analysis.sentences, i)) && !SPEECH.test(textOf(analysis.sentences, i + 1))),
  );
  if (speaking.length < 2 || silent.length < 1) return [];
  return [
    {
      skill: 'who-said',
      prompt: 'Which two of these people does the article quote, in their own words? Pick two.',
      right: speaking.slice(0, 2).map((s) => ({ text: s.p.name, sentence: s.q.sentence })),
      wrong: silent.map((p) => ({ text: p.name, sentence: p.mentions[0] })),
      explanation: (right, wrong) =>
        `Quoted: ${right}: their words are in quotation marks with their name. Named but not quoted: ${wrong}. ` +
        'Notice whose voice an article gives you, and whose it only talks about.',
    },
  ];
}

/**
 * In an interview: "Which two of these does Zhang say in this interview?", from the turns (the name before the
 * colon says who speaks). Sentences that stand alone only: 8 to 30 words, a statement, no quotation marks, naming
 * none of the guests. The wrong ones are other guests' turns or, with one guest, the interviewer's statements and
 * the article's introduction before the first turn; none that repeats most of the guest's words elsewhere (a pull
 * quote says them again).
 */
function turnsOf(ctx: GenContext): Draft[] {
  const speakers = ctx.article.speakers ?? [];
  const labels = guests(speakers, ctx.analysis.sentences);
  if (labels.length < 1) return [];
  // Words someone says in the first or second person, never the article's narration ("At the age of 40 he was
  // credited…"), which a reader tells apart from speech without reading the interview.
  const speech = (s: { text: string }) => /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|we've|we’ve|us|our|you|your)\b/i.test(s.text);
  const standing = ctx.analysis.sentences.filter((s) => standsAlone(s, labels) && speech(s));
  const turn = (s: { paragraph: number }) => speakers[s.paragraph] ?? null;
  // An unlabelled paragraph after the first turn may go on with the turn before it (a long answer, a pull quote):
  // whose words it holds is not sure, so only the introduction before the first turn is the article's own.
  const firstTurn = speakers.findIndex((x) => x !== null);
  const sure = (s: { paragraph: number }) => turn(s) !== null || s.paragraph < firstTurn;
  return labels.map((who): Draft => {
    const own = standing.filter((s) => turn(s) === who);
    const repeats = (text: string) => ctx.analysis.sentences.some((o) => turn(o) === who && mightProve(o.text, { person: null, words: text }));
    // With one guest, what the others say is the interviewer's statements and the article's own sentences.
    const others = standing.filter((s) => sure(s) && turn(s) !== who && (labels.length > 1 ? labels.includes(turn(s) ?? '') : true) && !repeats(s.text));
    return {
      skill: 'who-said',
      prompt: `Which two of these does ${who} say in this interview? Pick two.`,
      // Far apart in the interview, so the two are not one thought cut in half.
      right: spread(own).map((s) => ({ text: excerpt(s.text, 24), sentence: s.index })),
      wrong: spread(others).map((s) => ({ text: excerpt(s.text, 24), sentence: s.index })),
      explanation: (right, wrong) =>
        `${who}’s words: ${right}: each is in a turn that opens with “${who}:”. ${labels.length > 1 ? 'Someone else says' : `Not ${who}’s words (the interviewer’s or the article’s own)`}: ${wrong}. ` +
        'In an interview the name before the colon tells you who speaks until the next name.',
    };
  });
}

/** "Which two of these happened in 2024?": events with sure dates, exactly two of them in one year. */
function sameYear(ctx: GenContext): Draft[] {
  const list = sureEvents(ctx);
  const years = [...new Set(list.map((e) => e.value.slice(0, 4)))];
  return years.flatMap((year): Draft[] => {
    const right = list.filter((e) => e.value.startsWith(year));
    const wrong = list.filter((e) => !e.value.startsWith(year));
    if (right.length !== 2) return [];
    const item = (e: (typeof list)[number]) => ({ text: cap(e.event), sentence: e.sentence });
    return [
      {
        skill: 'timeline',
        prompt: `Which two of these happened in ${year}, according to the article? Pick two.`,
        right: right.map(item),
        wrong: wrong.map(item),
        explanation: (r, w) => `In ${year}: ${r}. In other years: ${w}. Read the date each sentence gives (a weekday such as “on Friday” counts from the article’s date), not where the event comes in the article.`,
      },
    ];
  });
}

/**
 * Several-answer items: exactly two options to pick of three or four, stated in the prompt, from facts the analysis
 * is sure of: claims and the record (the bank's record-or-claim questions), a person's own quotations, a guest's
 * turns in an interview, events of one year, people quoted and people only named. A wrong option is never right as well: it comes from the other side of the same check.
 */
export function multiQuestions(ctx: GenContext, bank: Question[], note: Note = silent): Question[] {
  const drafts = [...recordOrClaim(bank).slice(0, 1), ...quotesOf(ctx.analysis), ...turnsOf(ctx), ...sameYear(ctx), ...quotedPeople(ctx.analysis)];
  // One item per set of options: two guests' turns can make the same four sentences, keyed each way round.
  const seen = new Set<string>();
  return drafts
    .map((d) => {
      const q = toQuestion(d);
      if (typeof q === 'string') note(`multi/${d.skill}`, `${q}: ${d.prompt}`);
      return q;
    })
    .filter((q): q is Question => typeof q !== 'string')
    .filter((q) => {
      const set = q.options.map(norm).sort().join('\u0000');
      return seen.has(set) ? false : (seen.add(set), true);
    })
    .slice(0, 4);
}
