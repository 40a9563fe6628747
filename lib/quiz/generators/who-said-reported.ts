import { escapeRegExp } from '../../text/normalise';
import type { Person, Statement } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm, textOf } from '../util';
import { byProminence, mentions, related } from '../people';
import { personById } from '../../analysis/people-links';

/** Verbs that report what someone said, without marking it as a claim in a dispute (record-or-claim asks those). */
const REPORTS = /^(?:said|says|told|tells|explained|explains|added|adds|noted|notes|stated|states|according to)$/i;
/** The speaker's own voice ("we", "my"), or a word that points back to an earlier sentence ("this", "those"). */
const OWN_VOICE = /\b(?:i|me|my|mine|we|us|our|ours|this|these|those)\b/i;
/** Pronouns of a person: one may stand for the speaker ("he was taking his family") and give away their sex. */
const PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i;
/** Other pronouns stand for something named before them in the clause ("the company will move its boats"), never first. */
const OPENS_ON_PRONOUN = /^(?:it|its|they|them|their|theirs)\b/i;

/**
 * True when the content leans on something it does not say: the speaker's own voice, or a pronoun with nobody
 * named before it in the content ("he was taking his family", where "he" may be the speaker). A pronoun after a
 * name of someone else ("the feedback for Mohamed made his situation better") stands for that person.
 */
function leans(content: string, speaker: Person, people: Person[]): boolean {
  if (OWN_VOICE.test(content) || OPENS_ON_PRONOUN.test(content)) return true;
  const at = content.search(PRONOUN);
  if (at < 0) return false;
  const before = content.slice(0, at);
  return !people.some((p) => p !== speaker && mentions(before, p));
}
/** A finite verb or an auxiliary: reported words without one are a noun phrase cut from its clause. */
const VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|must|may|might|shall|did|does|do|won't|can't|isn't|wasn't|\p{Ll}{2,}ed|made|took|gave|got|went|came|left|kept|held|paid|sent|spent|found|lost|won|told|said|knew|saw|thought|felt|began|became|brought|bought|built|met|ran|rose|fell|grew|led|put|set|cut|hit|let|need|needs|want|wants|plan|plans|expect|expects|think|thinks|know|knows)\b/u;
/** An ending or an opening that shows the content was cut from its clause. */
const CUT_END = /\b(?:a|an|the|of|to|for|with|by|and|or|but|in|on|at|from|that|which|who|as|than)$/i;
const CUT_START = /^(?:to|of|in|on|at|for|with|by|from|and|or|but|as|how|why|what|when|where|whether|if)\b/i;

/** Most reported-speech questions per article: the direct quotations come first, these fill in after them. */
const MAX = 4;

/** Does one of the person's names appear in the text? Surnames count, so "Ruiz" gives "Ana Ruiz" away. */
const namesAny = (text: string, p: Person) => mentions(text, p);

/**
 * Who said it, for reported speech: "Zuckerberg said the boy was welcome to tour the company" is asked as which
 * named person the article gives those words to. Only what the article prints word for word after the verb, a
 * clause of 6 to 30 words that stands on its own (no pronoun, nothing cut off), from a sentence that reports no one
 * else and holds no quotation (who-said.ts asks those). Options are people the article introduces or quotes,
 * none of them named in the sentence.
 */
export function reportedSpeechQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const quoted = new Set(analysis.quotes.map((q) => q.sentence));
  const speaks = new Set([...analysis.quotes.map((q) => q.speakerId), ...analysis.statements.map((s) => s.whoId)].filter(Boolean));
  const candidates = byProminence(analysis.people, analysis.sentences).filter(
    (p) => p.kind === 'person' && /\s/.test(p.name) && !/^(?:a|an|the)\s/i.test(p.name) && (p.roles.length > 0 || speaks.has(p.id)),
  );
  const out: Question[] = [];
  const askedOf = new Map<string, number>();
  const asked = new Set<number>();
  // Statements by sentence, worked out once: a pasted storm of "X said" lines must not cost their square.
  const bySentence = new Map<number, Statement[]>();
  for (const st of analysis.statements) {
    const list = bySentence.get(st.sentence);
    if (list) list.push(st);
    else bySentence.set(st.sentence, [st]);
  }
  for (const st of analysis.statements) {
    if (out.length >= MAX) break;
    const q = ask(ctx, st, { candidates, quoted, asked, bySentence }, askedOf.get(st.whoId ?? '') ?? 0, out.length);
    if (!q) continue;
    out.push(q);
    asked.add(st.sentence);
    askedOf.set(st.whoId!, (askedOf.get(st.whoId!) ?? 0) + 1);
  }
  return out;
}

/** What every statement is checked against, worked out once per article. */
interface Seen {
  candidates: Person[];
  quoted: Set<number>;
  asked: Set<number>;
  bySentence: Map<number, Statement[]>;
}

/**
 * The sentence that names the speaker a pronoun stands for: the nearer of the two before ("He said …" may open a
 * paragraph after the speaker's quotation), or undefined when neither does (then the pronoun was resolved from too
 * far away to show a student).
 */
function namingSentence(ctx: GenContext, at: number, speaker: Person): number | undefined {
  const { sentences } = ctx.analysis;
  return [at - 1, at - 2].find((i) => i >= 0 && namesAny(sentences[i].text, speaker));
}

function ask(ctx: GenContext, st: Statement, seen: Seen, already: number, n: number): Question | null {
  const { analysis } = ctx;
  const { candidates, quoted, asked } = seen;
  if (!REPORTS.test(st.verb) || !st.whoId || quoted.has(st.sentence) || asked.has(st.sentence) || already >= 2) return null;
  const speaker = personById(analysis.people, st.whoId);
  if (!speaker || !candidates.includes(speaker)) return null;
  const sentence = textOf(analysis.sentences, st.sentence);
  // "told reporters that …", "told the court that …": what follows "that" is the content. Without a "that" the
  // object runs into it ("told reporters the pier …"), so such a statement is not asked.
  const raw = st.content.trim();
  const told = /^(?:told|tells)$/i.test(st.verb);
  // "said after the hearing that …", "said on Monday that …": a time or place between the verb and "that" belongs to
  // the saying, not to the content (quoted with it, the stem began "after the hearing that …": seventh blind review).
  const lead = told
    ? /^(?:\S+\s+){1,4}?that\s+/i.exec(raw)
    : /^that\s+/i.exec(raw) ?? /^(?:after|before|during|at|on|in|outside|later|earlier|afterwards|yesterday|today|last|this)\b(?:\s+[^\s,]+){0,4}?\s+that\s+/i.exec(raw);
  if (told && !lead) return null;
  const content = raw.slice(lead?.[0].length ?? 0).replace(/[.,;:]+$/, '');
  const words = content.split(/\s+/).length;
  if (!sentence || words < 6 || words > 30 || /["“”]/.test(sentence) || /[()]/.test(content)) return null;
  // The stem prints the article's own words, so they must be there as they are, and whole: the clause ends where
  // the sentence ends or at a comma, never cut off after a word limit mid-clause.
  const at = sentence.indexOf(content);
  if (at < 0 || !/^\s*(?:[.,;:!?]|$)/.test(sentence.slice(at + content.length))) return null;
  if (leans(content, speaker, analysis.people) || CUT_END.test(content) || CUT_START.test(content) || /^\p{Ll}+(?:ed|s)\b/u.test(content)) return null;
  // "that the school's most recent inspection, in 2023, had rated it good": cut at the comma, the words keep only
  // the subject, with no verb to say anything (eighth blind set); words cut at a comma must hold a verb.
  const at0 = sentence.indexOf(content);
  if (at0 >= 0 && /^\s*,/.test(sentence.slice(at0 + content.length)) && !VERB.test(content)) return null;
  // "statements that she said were missing": inside a relative clause the content has no subject of its own, and
  // printed alone it makes no sense.
  if (/^(?:was|were|is|are|am|had|has|have|will|would|could|should|can|may|might|must|did|does|do)\b/i.test(content)) return null;
  // A sentence that gives words to two people, or that also says someone denies or disputes them, has two owners.
  const others = (seen.bySentence.get(st.sentence) ?? []).filter((o) => o.whoId !== st.whoId);
  if (others.length > 0 || /\b(?:denied|denies|disputed|rejected|but|while|whereas)\b/i.test(sentence)) return null;
  // Nobody among the options is named in the content, and nobody named in the sentence is offered: they might be
  // the source of the words as well ("Ruiz said, citing Cole, that …").
  // In an interview the turn's speaker tells what someone else said: they are no wrong answer to "who said this".
  const teller = ctx.article.speakers?.[analysis.sentences[st.sentence]?.paragraph ?? -1] ?? null;
  const distractors = candidates
    .filter((p) => p !== speaker && !related(p, speaker) && !namesAny(sentence, p) && !(teller && [p.name, ...p.aliases].some((x) => norm(x) === norm(teller))))
    .map((p) => p.name);
  if (namesAny(content, speaker) || distractors.length < 2) return null;
  // The other people take turns, so the same three names are not offered question after question.
  const k = n % distractors.length;
  const shown = excerpt(content, 30);
  // Quoted as the article writes it ("According to Boudreau"), never with a fuller name it does not use there.
  const written = [speaker.name, ...speaker.aliases].map((n) => new RegExp(`according to ${escapeRegExp(n)}\\b`, 'i').exec(sentence)?.[0]).find(Boolean);
  const how = st.verb.toLowerCase() === 'according to' ? (written ? `“${written}”` : `according to ${speaker.name}`) : `${speaker.name} ${st.verb}`;
  // "She told the court that …": the speaker is found through the pronoun, so the sentence before that names her is
  // half the proof, and a student who points to it is right; without such a sentence close by, nothing is asked.
  const named = namesAny(sentence, speaker) ? null : namingSentence(ctx, st.sentence, speaker);
  if (named === undefined) return null;
  const back =
    named === null
      ? ''
      : ` The sentence says who only with a pronoun; ${label(named)} names them: “${excerpt(textOf(analysis.sentences, named), 30)}”`;
  return finish({
    skill: 'who-said',
    prompt: `The article reports: “${shown}”. According to the article, who said this?`,
    answer: speaker.name,
    distractors: [...distractors.slice(k), ...distractors.slice(0, k)],
    evidence: named === null ? [st.sentence] : [named, st.sentence],
    explanation:
      `Read ${label(st.sentence)}: “${excerpt(sentence, 40)}”${back} There are no quotation marks, but the sentence reports ` +
      `what someone said (${how}): this is ${speaker.name}'s account, in the article's words rather than a quotation. A fact-checker notes whose account a claim is, even without a quote.`,
    difficulty: 2,
  });
}
