import type { Person, Statement } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm, textOf } from '../util';
import { byProminence, firstNamed, mentions, related } from '../people';
import { personById } from '../../analysis/people-links';
import { actOf, type Act } from '../../analysis/claim-acts';
import { findDisputes } from './claim-denial';

/** Record options name the kind of act, so a record is never one lone odd option against three claims. */
const ACT_LABEL: Record<Act, string> = {
  court: 'On the record: a court decision',
  charge: 'On the record: a formal charge',
  vote: 'On the record: an official vote',
};

/** Where each kind of act is written down, for the explanation. */
const CHECK_IN: Record<Act, string> = {
  court: "the court's records",
  charge: 'the charging documents',
  vote: "the body's minutes or published vote",
};

const BENCH = /\b(judge|justice|magistrate|court|jury|tribunal)\b/i;
/** Verbs that mark a claim whoever makes it. "accused X of Y" is left out: its content is not a statement. */
const CLAIM_VERB = /^(alleged|claimed|argued|insisted|contended|maintained|asserted)\b/i;
/** Plain reporting verbs: a claim only when the speaker is a side in a dispute the article reports. */
const SAY_VERB = /^(said|says|told|stated|added)\b/i;
/** Roles of people who speak for a side: lawyers, prosecutors, the accused, spokespeople, politicians. */
const INTERESTED =
  /\b(lawyers?|attorneys?|counsel|prosecut\w*|defen[cs]e|defendants?|accused|spokes\w*|plaintiffs?|the state|minister|senator|governor|mayor|premier|councillor|council member|congress(?:man|woman)|lawmakers?|MPs?|candidate|opposition)\b/i;
/** Signs of a dispute near a statement: without one, "X said" is reporting, not a side's claim. */
const DISPUTE = /^(alleged|claimed|argued|insisted|contended|maintained|asserted|denied|denies|disputed|rejected|accused)\b/i;
const MODAL = /\b(must|should|can|could|may|might|would|will|shall)\b/i;
const claimBy = (who: string) => `A claim by ${who}`;

const words = (t: string) => norm(t).replace(/[^\p{L}\p{N}' -]/gu, ' ').split(/\s+/).filter(Boolean);
const overlaps = (a: Statement, b: Statement) => {
  const x = norm(a.content);
  const y = norm(b.content);
  return x.includes(y) || y.includes(x);
};

/**
 * True when the content reads as the article's own words: its words appear in the sentence in order, with at
 * most three skipped ("was, however, sentenced") and never a relative pronoun skipped, because "the case,
 * which was then approved" stitched into "the case was approved" says something the article does not.
 */
export function faithful(content: string, sentence: string): boolean {
  const c = words(content);
  const s = words(sentence);
  if (c.length === 0) return false;
  // Every place the first word occurs is a possible start: "the" may open an earlier phrase than the content's.
  for (let start = s.indexOf(c[0]); start >= 0; start = s.indexOf(c[0], start + 1)) {
    if (readsFrom(c, s, start)) return true;
  }
  return false;
}

function readsFrom(c: string[], s: string[], start: number): boolean {
  let at = start;
  let skipped = 0;
  for (const w of c.slice(1)) {
    const next = s.indexOf(w, at + 1);
    if (next < 0) return false;
    if (s.slice(at + 1, next).some((g) => /^(which|who|whom|whose|that)$/.test(g))) return false;
    skipped += next - at - 1;
    if (skipped > 3) return false;
    at = next;
  }
  return true;
}

/** Content as a prompt shows it: "the court that X" from "told the court that X" becomes "X". */
function tidy(st: Statement): string {
  let c = st.content.trim();
  if (st.kind === 'claim' && SAY_VERB.test(st.verb)) c = c.replace(/^(?:\S+\s+){1,3}?that\s+/i, '');
  // "flood victims was sentenced": a subject cut off mid-phrase reads as nonsense, so start at the verb.
  if (st.kind === 'record' && /^(?!(the|a|an|his|her|its|their|this|that)\b)\p{Ll}/u.test(c)) {
    c = c.replace(/^(?:\S+\s+){1,3}?((?:was|were|has been|had been)\s)/u, '$1');
  }
  return c;
}

interface Candidate {
  st: Statement;
  content: string;
  /** The official act for a record, null for a claim. */
  act: Act | null;
  actor: Person | undefined;
  role: string | null;
}

/** Statements grouped by sentence, so each candidate looks only at its neighbours (a storm has thousands). */
function bySentence(statements: Statement[]): Map<number, Statement[]> {
  const out = new Map<number, Statement[]>();
  for (const o of statements) {
    const list = out.get(o.sentence);
    if (list) list.push(o);
    else out.set(o.sentence, [o]);
  }
  return out;
}

/** The statement as a sound candidate, or null when the analysis is not sure enough to ask about it. */
function candidate(ctx: GenContext, st: Statement, near: Map<number, Statement[]>): Candidate | null {
  const { analysis } = ctx;
  // Another side claiming or denying within two sentences: a said-statement near it belongs to a dispute.
  const around = [-2, -1, 0, 1, 2].flatMap((d) => near.get(st.sentence + d) ?? []);
  const disputed = around.some((o) => o.who !== st.who && DISPUTE.test(o.verb));
  const sentence = textOf(analysis.sentences, st.sentence);
  let content = tidy(st);
  // "voted 7 to 2 to close the pier": a record cut from its subject gets it back when the sentence has it right
  // there ("the town council voted …").
  // A date the subject was read with ("On Tuesday the town council") stays out of it.
  const who = st.who?.replace(/^(?:on\s+|last\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\s+/i, '');
  if (/^\p{Ll}+ed\b/u.test(content) && who && faithful(`${who} ${content}`, sentence)) content = `${who} ${content}`;
  if (!sentence || words(content).length < 4 || !faithful(content, sentence)) return null;
  // "finance director of the port was sentenced", cut from "The former finance director …": a stem that starts
  // inside a noun phrase names nobody.
  const at = /^\p{Ll}/u.test(content) ? sentence.toLowerCase().indexOf(content.toLowerCase().split(' ').slice(0, 3).join(' ')) : -1;
  // "On Tuesday the town council voted": a date before the stem is no noun phrase it starts inside.
  const opening = sentence.slice(0, Math.max(0, at));
  const dateLead = /^(?:On\s+|Last\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|year|week|month)\s+$/i.test(opening);
  // "… claimed that the boilers had been serviced": the "that" after the verb of saying opens a clause.
  const complement = /^[\p{L} ]+$/u.test(st.verb) && new RegExp(`\\b${st.verb}\\s+(?:that\\s+)?$`, 'iu').test(opening);
  if (at > 0 && !dateLead && !complement && /(?:\b(?:the|a|an|former|its|his|her|their|this|that|our)|\p{Lu}[\p{L}'’.-]*)\s+$/u.test(opening)) return null;
  // A phrase cut off mid-clause ("after a trial that lasted", "filed by the") misquotes the article.
  if (/\b(that|which|who)\s+\S+$|\b(a|an|the|of|to|for|with|by|and|or|after|before|in|on|at|that|which|who)$/i.test(norm(content))) return null;
  // Another statement in the sentence saying the same thing differently would make the answer ambiguous.
  const rivals = (near.get(st.sentence) ?? []).filter(
    (o) => o !== st && o.sentence === st.sentence && overlaps(o, st) && (o.kind !== st.kind || o.who !== st.who),
  );
  if (rivals.length || MODAL.test(content)) return null;
  // "Wednesday ordered the company to pay": a date left where the subject was ("A judge on Wednesday ordered …").
  if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^(?:yesterday|today|tonight|January|February|March|April|May|June|July|August|September|October|November|December)\b|^\d/i.test(content.trim())) return null;
  // "in an opinion piece last year that costs …": content that opens with a preposition is a cut-off phrase.
  if (/^(?:in|on|at|during|after|before|from|with|by|for|to|of|through)\s/i.test(content.trim())) return null;
  // A stem with no subject ("ordered him taken into custody") or a pronoun whose person is left behind in the
  // sentence ("the bill was written to withstand them") does not say on its own what it reports.
  if (/^(?:was|were|is|are|has|had|have|been|being|\p{Ll}+ed)\b/u.test(content.trim()) || /\b(?:him|them)\b/i.test(content)) return null;
  const actor = personById(analysis.people, st.whoId);
  if (st.kind === 'record') {
    // "will not be sentenced": a denial or a possibility, not an act on the record.
    if (/\b(not|never)\b/i.test(content.replace(/\b(found|pleaded) not guilty\b/gi, ''))) return null;
    // "charged … after pensioners allegedly paid": the act is on the record, the rest is an allegation, so the
    // quoted content holds both and either answer can be defended.
    if (/\b(allegedly|reportedly|purportedly|supposedly|claimed|alleged|accused of)\b/i.test(content)) return null;
    const act = actOf(st, sentence);
    return act ? { st, content, act, actor, role: null } : null;
  }
  // A claim is asked about only when its owner is someone the article names, never the bench (a judge's words
  // are findings), and never about the claimer by name in the content itself.
  if (!actor || BENCH.test(st.who ?? '') || actor.roles.some((r) => BENCH.test(r)) || mentions(content, actor)) return null;
  // "Both the school and the police asserted": a claim of two sides keyed to one of them is half an answer.
  const lead = sentence.slice(0, Math.max(0, sentence.indexOf(st.verb)));
  if (!/^\p{Lu}/u.test(actor.name) || /\b[Bb]oth\b|\band (?:the )?\p{Lu}/u.test(lead)) return null;
  const role = actor.roles.find((r) => INTERESTED.test(r)) ?? (INTERESTED.test(actor.name) ? actor.name : null);
  if (!CLAIM_VERB.test(st.verb) && !(SAY_VERB.test(st.verb) && role && disputed)) return null;
  // Feelings and stances ("she was relieved", "we respect the decision") are not claims about what happened.
  if (/^(i|we|he|she|they)\s+(was|were|am|is|are|felt|feel|hope|hopes|respects?|supported|supports)\b/i.test(content)) return null;
  // "She alleged…" with nobody named: the one named first in the sentence before must be her, or it is a guess.
  if (!mentions(sentence, actor) && firstNamed(analysis, st.sentence - 1) !== actor) return null;
  return { st, content, act: null, actor, role };
}

/** The other kind of statement, set beside the asked one so the item shows the difference. */
function contrast(foil: Candidate): string {
  const shown = `“${excerpt(foil.content, 20)}” (${label(foil.st.sentence)})`;
  return foil.act
    ? `Compare ${shown}: that is on the record, ${ACT_LABEL[foil.act].replace(/^On the record: /, '')} anyone can check, not what one side says.`
    : `Compare ${shown}: that is a claim by ${foil.actor!.name}, what one side says, which the record may or may not bear out.`;
}

/**
 * Keeps the keys spread between record and claim: neither kind is keyed more than once beyond the other, and an
 * article that offers only one kind gets a single question, so the answer cannot be learned from the pattern.
 */
function balance(list: Candidate[]): Candidate[] {
  const records = list.filter((c) => c.act);
  const claims = list.filter((c) => !c.act);
  // Full statements ("X was sentenced…") read better than a verb phrase cut from its subject.
  records.sort((a, b) => Number(/^(was|were|has|had)\b|^\p{Ll}+ed\b/u.test(a.content)) - Number(/^(was|were|has|had)\b|^\p{Ll}+ed\b/u.test(b.content)));
  const keep = new Set([...records.slice(0, claims.length + 1), ...claims.slice(0, records.length + 1)]);
  return list.filter((c) => keep.has(c));
}

/**
 * Record or claim, for clear cases only: an official act of a court, a grand jury or a voting body is on the
 * record; what a side alleges, claims or argues (or says, when it is a lawyer, spokesperson or politician in a
 * dispute the article reports) is its claim. The options are two claims and two kinds of record, so neither
 * group stands out; the prompt quotes only the content, so the student has to go back and read who said it.
 */
export function recordOrClaimQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const people = byProminence(analysis.people, analysis.sentences).filter((p) => !/^(a|an) /i.test(p.name) && !p.roles.some((r) => BENCH.test(r)));
  const court = analysis.statements.some((s) => s.kind === 'record' && actOf(s, textOf(analysis.sentences, s.sentence)) === 'court');
  const ordered = [...analysis.statements].sort((a, b) => a.sentence - b.sentence || b.content.length - a.content.length);
  // A claim that another side denies is asked as a claim and its denial (claim-denial.ts), not twice over.
  const disputes = findDisputes(ctx);
  const seen = new Set<number>(disputes.map((d) => d.claim.sentence));
  const list: Candidate[] = [];
  const near = bySentence(analysis.statements);
  for (const st of ordered) {
    if (seen.has(st.sentence)) continue;
    const c = candidate(ctx, st, near);
    if (!c) continue;
    seen.add(st.sentence);
    list.push(c);
  }
  const claimers = new Set(analysis.statements.filter((o) => o.kind === 'claim' && o.who).map((o) => norm(o.who!)));
  const out: Question[] = [];
  // Each item teaches the difference by setting its statement beside one of the other kind from the same article
  // (a claim beside what is on the record, a record beside a side's claim); an article that offers only one kind
  // gets none, since "record or claim?" keyed the same way every time teaches a pattern, not the difference.
  const kept = balance(list);
  for (const c of kept) {
    // A claim another side denies (asked by claim-denial.ts) is a claim to set a record beside as well.
    const denied = disputes.map((d): Candidate => ({ st: d.claim, content: tidy(d.claim), act: null, actor: d.claimer, role: null }));
    const foil = [...kept, ...denied].find((o) => Boolean(o.act) !== Boolean(c.act) && o.st.sentence !== c.st.sentence);
    if (!foil) continue;
    const { st, content, act, actor } = c;
    const sentence = textOf(analysis.sentences, st.sentence);
    // People who make claims elsewhere in the article are the most tempting wrong answers, so they come first.
    const others = [...people.filter((p) => claimers.has(norm(p.name))), ...people.filter((p) => !claimers.has(norm(p.name)))]
      .filter((p) => !(actor && related(p, actor)) && norm(p.name) !== norm(st.who ?? ''))
      .map((p) => claimBy(p.name));
    // Record options of kinds unlike each other: a court act and a vote never pass for one another. Outside a court
    // story a vote is the one record offered: "an official document" was also true of an approved budget.
    const recordOptions = (act ? [act, ...(act !== 'vote' || court ? [act === 'vote' ? 'court' : 'vote'] : [])] : court ? ['court', 'vote'] : ['vote'])
      .map((a) => ACT_LABEL[a as Act]);
    const answer = act ? ACT_LABEL[act] : claimBy(actor!.name);
    const claims = act ? others.slice(0, 2) : [answer, ...others.slice(0, 1)];
    if (claims.length < 2) continue;
    const distractors = [...recordOptions, ...claims].filter((o) => o !== answer);
    const verb = st.verb.replace(/\s+that$/, '');
    const note = act
      ? `“${verb}” reports ${ACT_LABEL[act].replace(/^On the record: /, '')}: an official act, so it is on the record and could be checked in ${CHECK_IN[act]}.`
      : CLAIM_VERB.test(st.verb)
        ? `The verb “${verb}” marks a claim: it tells you what ${actor!.name} says, not what was proven. A claim may be true or false; the article does not decide it.`
        : `${actor!.name} speaks for a side (${c.role}), so what ${actor!.kind === 'group' ? 'they' : 'this person'} ${verb} is a claim, not a proven fact.`;
    const q = finish({
      skill: 'record-or-claim',
      prompt: `The article reports: “${excerpt(content, 30)}”. Is that on the record, or someone's claim?`,
      answer,
      distractors,
      evidence: [st.sentence],
      explanation: `Read ${label(st.sentence)}: “${excerpt(sentence, 40)}” ${note} ${contrast(foil)}`,
      difficulty: act ? 1 : 2,
    });
    if (q) out.push(q);
  }
  return out;
}
