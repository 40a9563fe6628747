import type { SourceRef } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label } from '../util';
import { escapeRegExp } from '../../text/normalise';

type Kind = Exclude<SourceRef['kind'], 'other'>;
/**
 * Plain names of source kinds, of one shape and close in length, sharing no word, so that no option stands out
 * by its look; "other" is never asked.
 */
const KIND_LABEL: Record<Kind, string> = {
  post: 'A social media post',
  ruling: 'A ruling by a judge',
  filing: 'A filing in court',
  // "Press" is more than most articles say: a statement may be a notice sent to customers (ninth blind set).
  statement: 'A public statement',
  report: 'A study or survey',
  record: 'An official record',
  news: 'Another news outlet',
  interview: 'An interview',
};
/**
 * Distractors are taken in this order: the kinds most often cited in news come first, so they are on offer about
 * as often as they are the answer and a guesser cannot learn which labels are "usually right". Court kinds come
 * first only in an article about a court case, where they are the plausible ones.
 */
const EVERYDAY: Kind[] = ['statement', 'news', 'post', 'interview', 'record', 'report', 'ruling', 'filing'];
const COURTROOM: Kind[] = ['ruling', 'filing', 'statement', 'news', 'post', 'record', 'interview', 'report'];
/**
 * Kinds too close to stand as a wrong answer: court records hold filings and rulings, a census is both a survey
 * and a record, a news outlet may have got its story from an interview, and words "told reporters" may have
 * come at a press event or be printed as the outlet's own report.
 */
const NEAR: Record<Kind, Kind[]> = {
  post: [],
  ruling: ['record'],
  filing: ['record'],
  statement: [],
  report: ['record'],
  record: ['ruling', 'filing', 'report'],
  news: ['interview'],
  interview: ['statement', 'news'],
};
/** Words that, left in the blanked sentence, point at a kind: its option is then the answer or a half-truth. */
const TELLS: Record<Kind, RegExp> = {
  post: /\b(tweet\w*|posts?|posted|online|account|hashtag|followers|instagram|twitter|facebook|tiktok|youtube|social media)\b|[@#]\w/i,
  ruling: /\b(rul(ed|ing)|judges?|verdict|judg(e?)ments?|decisions?|court|ordered|justices?|tribunal)\b/i,
  filing: /\b(fil(ed|ing)|lawsuit|motion|petition|sued)\b/i,
  statement: /\b(statement|press release)\b/i,
  report: /\b(study|survey|poll|researchers?|scientists?|journal|published|trial|participants)\b/i,
  record: /\b(records?|documents?|data|figures|statistics|census|minutes|vot(?:e|ed|es|ing))\b/i,
  news: /\b(reported|newspaper|news|agency|reporters?|journalists?|media|broadcaster)\b/i,
  interview: /\b(interview\w*|told|asked)\b/i,
};
/**
 * True when a name is only the start of a longer one in the sentence ("the U.S." of "the U.S. Attorney's Office"):
 * named alone, the explanation would credit the wrong body.
 */
export function cutName(name: string, sentence: string): boolean {
  return new RegExp(`${escapeRegExp(name)}\\.?\\s+\\p{Lu}`, 'u').test(sentence) || /^(?:the\s+)?(?:\p{Lu}\.?){1,3}$/u.test(name.trim());
}

/** Asked at most this often per kind and article, so one kind is not keyed question after question. */
const PER_KIND = 2;

/**
 * Where a statement comes from: the sentence is shown with the words naming the source blanked out, and the
 * student picks the kind of source. Asked only for kinds the analysis is sure of, once per sentence. Distractors
 * are kinds clearly unlike the answer: never a near kind, never one the blanked sentence still hints at.
 */
export function sourceQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const out: Question[] = [];
  const seen = new Set<number>();
  const asked = new Map<Kind, number>();
  const court = analysis.sources.some((s) => s.kind === 'ruling' || s.kind === 'filing') ||
    // "a randomised trial" or "a clinical trial" is science, not a court case.
    analysis.sentences.some((s) => /\b(court|judge|lawsuit)\b|(?<!\b(?:clinical|randomi[sz]ed|controlled|drug|vaccine|field|pilot)\s)\btrial\b/i.test(s.text));
  const order = court ? COURTROOM : EVERYDAY;
  for (const src of analysis.sources) {
    if (src.kind === 'other' || seen.has(src.sentence)) continue;
    const kind = src.kind;
    const sentence = analysis.sentences[src.sentence]?.text ?? '';
    const phrase = src.text.trim();
    // "an interview with Terry Gross": the name after "with" is the interviewer, not whose words these are.
    // A pronoun ("he") is no owner an explanation can name.
    const owner = src.who && src.who !== phrase && !sentence.includes(`with ${src.who}`) && !/^(?:he|she|they|it|we|i)$/i.test(src.who) && !cutName(src.who, sentence) ? src.who : null;
    if (!sentence || !phrase || (asked.get(kind) ?? 0) >= PER_KIND) continue;
    // "In a statement, the company said …": the commonest source, keyed item after item it is a pattern a guesser
    // learns (ninth blind set), so it is asked once per article.
    if (kind === 'statement' && (asked.get(kind) ?? 0) >= 1) continue;
    // "Ruiz told the BBC", "she tweeted": a blank over the verb leaves the sentence without one ("Ruiz ___"), and
    // an option put in its place does not read ("Ruiz an interview").
    if (/^(?:told|tweeted|retweeted|posted|wrote|said|reported|quoted)\b/i.test(phrase)) continue;
    const here = analysis.sources.filter((s) => s.sentence === src.sentence);
    // Two sources of different kinds in one sentence leave "where does this come from" with two answers.
    if (here.some((s) => s.kind !== kind)) continue;
    // A sentence that closes a quotation opened in an earlier one starts mid-speech: shown alone, it has a closing
    // mark with no opening one and lacks the speech's first words (seventh blind review).
    const curly = (sentence.match(/“/g)?.length ?? 0) !== (sentence.match(/”/g)?.length ?? 0);
    if (curly || (sentence.match(/"/g)?.length ?? 0) % 2 === 1) continue;
    const re = new RegExp(escapeRegExp(phrase), 'i');
    const masked = sentence.replace(re, '___');
    if (masked === sentence || TELLS[kind].test(masked)) continue;
    // "who was not involved in ___", "one of the authors of ___": the blank is what someone took part in, not
    // where the information comes from.
    if (/\b(?:involved in|part of|authors? of|worked on|led|funded|ran|joined)\s+___/i.test(masked)) continue;
    // "one of the districts in ___": the blank is what a member belongs to, not where information comes from.
    if (/\b(?:one|some|many|most|all|each|several|two|three) of the \p{L}+ (?:in|of|from)\s+___/iu.test(masked)) continue;
    // "under the public records law": a law or a request about records, not records the information comes from.
    if (/^___\s+(?:law|laws|act|request|requests|rules?)\b/i.test(masked.slice(masked.indexOf('___')))) continue;
    // "The Cascadia Wolf Alliance … said in ___": a body that is no court cannot have given a ruling or a filing, so
    // those options do not fit the sentence and rule themselves out.
    const speaker = owner ?? src.who ?? '';
    const noCourt = speaker !== '' && masked.includes(speaker) && !/\b(?:court|judge|justice|tribunal|magistrate)s?\b/i.test(speaker);
    const unlike = (k: Kind) =>
      k !== kind && !NEAR[kind].includes(k) && !TELLS[k].test(masked) && !(noCourt && (k === 'ruling' || k === 'filing'));
    const distractors = order.filter(unlike).map((k) => KIND_LABEL[k]);
    const answer = KIND_LABEL[kind];
    const q = finish({
      skill: 'source',
      prompt: `Where does this information come from? “${excerpt(masked, 40)}” (The blank hides the source.)`,
      answer,
      distractors,
      evidence: [src.sentence],
      explanation:
        `In ${label(src.sentence)} the article names its source: “${phrase}”${owner ? `, from ${owner}` : ''}. ` +
        `That is ${answer.toLowerCase()}. ${HOW_TO_CHECK[kind]}`,
      difficulty: 2,
    });
    if (!q) continue;
    seen.add(src.sentence);
    asked.set(kind, (asked.get(kind) ?? 0) + 1);
    out.push(q);
  }
  return out;
}

/** How a reader would check each kind of source: the point of knowing where a statement comes from. */
const HOW_TO_CHECK: Record<Kind, string> = {
  post: 'A post can be checked on the account that made it: is the account real, and is the post still there?',
  ruling: 'A ruling is written down by the court, so it can be read in the court’s records.',
  filing: 'A filing is one side’s paper in a case: it says what that side asks or claims, not what the court decided.',
  statement: 'A public statement is what a person or body chose to say in public: it is their side, worth comparing with others.',
  report: 'A study or survey can be checked in the place it was published: who ran it, how, and on how many people.',
  record: 'An official record is kept by a public body (the police, a court, a government office) and can be requested or looked up.',
  news: 'The article repeats what another news outlet reported: a careful reader finds that outlet’s own report.',
  interview: 'In an interview someone answers a reporter’s questions: the words are theirs, so they show what that person says, not that it is so.',
};
