import type { Person, Statement } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm, textOf } from '../util';
import { byProminence, findPerson, firstNamed, mentions, related } from '../people';

const RECORD = 'A fact on the record: an official act such as a ruling, a verdict or a vote';
const BENCH = /\b(judge|justice|magistrate|court|jury|tribunal)\b/i;
/** Official acts: only these verbs make a statement "on the record" without doubt. */
const RECORD_VERB =
  /^(ruled|dismissed|sentenced|convicted|acquitted|found (guilty|not guilty|liable)|indicted|charged|settled|voted|approved|passed|ordered|fined|awarded|granted|overturned|upheld|jailed)\b/i;
/** Verbs that mark a claim whoever makes it. */
// "accused X of Y" is left out: its content is not a statement a reader could call true or false.
const CLAIM_VERB = /^(alleged|claimed|argued|insisted|contended|maintained|asserted)\b/i;
/** Plain reporting verbs: a claim only when the speaker is a side in the dispute. */
const SAY_VERB = /^(said|says|told|stated|added)\b/i;
/** Roles (or group names) of people who have a stake in a case: lawyers, prosecutors, the accused, spokespeople. */
const INTERESTED = /\b(lawyers?|attorneys?|counsel|prosecut\w*|defen[cs]e|defendants?|accused|spokes\w*|plaintiffs?|the state)\b/i;
const MODAL = /\b(must|should|can|could|may|might|would|will|shall)\b/i;
const claimBy = (who: string) => `A claim by ${who}`;
const capFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Two statements are about the same thing when one's content contains the other's. */
const overlaps = (a: Statement, b: Statement) => {
  const x = norm(a.content);
  const y = norm(b.content);
  return x.includes(y) || y.includes(x);
};

const words = (t: string) => norm(t).replace(/[^\p{L}\p{N}' -]/gu, ' ').split(/\s+/).filter(Boolean);

/**
 * True when the content reads as the article's own words: its words appear in the sentence in order, with at
 * most three skipped ("was, however, sentenced") and never a relative pronoun skipped, because "the case,
 * which was then approved" stitched into "the case was approved" says something the article does not.
 */
export function faithful(content: string, sentence: string): boolean {
  const c = words(content);
  const s = words(sentence);
  if (c.length === 0) return false;
  let at = s.indexOf(c[0]);
  if (at < 0) return false;
  let skipped = 0;
  for (const w of c.slice(1)) {
    const next = s.indexOf(w, at + 1);
    if (next < 0) return false;
    const gap = s.slice(at + 1, next);
    if (gap.some((g) => /^(which|who|whom|whose|that)$/.test(g))) return false;
    skipped += gap.length;
    at = next;
  }
  return skipped <= 3;
}

/** Content as a prompt shows it: "the court that X" from "told the court that X" becomes "X". */
function tidy(st: Statement): string {
  let c = st.content.trim();
  // Only after a reporting verb: elsewhere "the ammunition that was brought" must keep its subject.
  if (st.kind === 'claim' && SAY_VERB.test(st.verb)) c = c.replace(/^(?:\S+\s+){1,3}?that\s+/i, '');
  // "flood victims was sentenced": a subject cut off mid-phrase reads as nonsense, so start at the verb.
  if (st.kind === 'record' && /^(?!(the|a|an|his|her|its|their|this|that)\b)\p{Ll}/u.test(c)) {
    c = c.replace(/^(?:\S+\s+){1,3}?((?:was|were|has been|had been)\s)/u, '$1');
  }
  return c;
}

/** The role that makes someone a side in a dispute, or null when they are not one. */
const stake = (actor: Person): string | null =>
  actor.roles.find((r) => INTERESTED.test(r)) ?? (INTERESTED.test(actor.name) ? actor.name : null);

/**
 * Record or claim, for clear cases only: an official act (ruled, dismissed, sentenced, found guilty, indicted,
 * settled, voted) is on the record; what an interested party alleges, claims or argues (or says, when they are a
 * lawyer, prosecutor or spokesperson) is their claim. What a judge says is a judicial finding, neither of the two,
 * so it is never asked. The prompt quotes only the content, so the student has to go back and read the verb.
 */
export function recordOrClaimQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const out: Question[] = [];
  const people = byProminence(analysis.people).filter((p) => !/^(a|an) /i.test(p.name));
  // One question per sentence and answer survives deduplication, so the telling one goes first: a marked claim
  // ("alleged", "claimed") before plain "said", then the fuller content.
  const plain = (st: Statement) => (SAY_VERB.test(st.verb) ? 1 : 0);
  const ordered = [...analysis.statements].sort(
    (a, b) => a.sentence - b.sentence || plain(a) - plain(b) || b.content.length - a.content.length,
  );
  for (const st of ordered) {
    const sentence = textOf(analysis.sentences, st.sentence);
    const content = tidy(st);
    if (!sentence || words(content).length < 4 || !faithful(content, sentence)) continue;
    // A phrase cut off mid-clause ("after a trial that lasted", "filed by the") misquotes the article.
    if (/\b(that|which|who)\s+\S+$|\b(a|an|the|of|to|for|with|by|and|or|after|before|in|on|at|that|which|who)$/i.test(norm(content))) continue;
    // If another statement in the sentence says the same thing differently, the answer would be ambiguous.
    const rivals = analysis.statements.filter(
      (o) => o !== st && o.sentence === st.sentence && overlaps(o, st) && (o.kind !== st.kind || o.who !== st.who),
    );
    if (rivals.length) continue;
    const actor = findPerson(analysis.people, st.who);
    let role: string | null = null;
    if (st.kind === 'record') {
      if (!RECORD_VERB.test(st.verb)) continue;
      // "will not be sentenced", "could lead to": rules, denials and possibilities, not acts on the record.
      if (MODAL.test(content) || /\b(not|never)\b/i.test(content)) continue;
      // "charged" is a court act only as "charged him with"; "he charged that…" is an accusation.
      if (/^charged/i.test(st.verb) && !/\bcharged\s+\S+\s+with\b/i.test(`${st.verb} ${content}`) && !/\bcharged with\b/i.test(content)) continue;
    } else {
      // A claim is asked about only when its owner is someone the article names as a person or group.
      if (!actor || BENCH.test(st.who ?? '') || actor.roles.some((r) => BENCH.test(r))) continue;
      role = stake(actor);
      if (!CLAIM_VERB.test(st.verb) && !(SAY_VERB.test(st.verb) && role)) continue;
      // Plans and predictions ("would appeal") are not claims about what happened; "she was relieved" is a feeling.
      if (MODAL.test(content) || /^(i|we|he|she|they)\s+(was|were|am|is|are|felt|feel|hope|hopes|respects?|supported|supports)\b/i.test(content)) continue;
      // "She alleged…": when the sentence does not name the claimer, the one named first in the sentence before
      // must be them, or the pronoun may point elsewhere and the answer would be a guess.
      if (!mentions(sentence, actor) && firstNamed(analysis, st.sentence - 1) !== actor) continue;
    }
    const sameSentence = analysis.statements.filter((o) => o.sentence === st.sentence && overlaps(o, st));
    const rightWho = new Set(sameSentence.filter((o) => o.kind === 'claim' && o.who).map((o) => norm(o.who!)));
    // People who make claims elsewhere in the article are the most tempting wrong answers, so they come first.
    const claimers = new Set(analysis.statements.filter((o) => o.kind === 'claim' && o.who).map((o) => norm(o.who!)));
    const ranked = [...people.filter((p) => claimers.has(norm(p.name))), ...people.filter((p) => !claimers.has(norm(p.name)))];
    const others = ranked
      .filter((p) => !rightWho.has(norm(p.name)) && !(actor && related(p, actor)))
      // A court act is not "a claim by the judge" who made it, but that is too fine a line for a distractor, so
      // neither the actor nor anyone on the bench is offered against a record.
      .filter((p) => st.kind === 'claim' || (norm(p.name) !== norm(st.who ?? '') && !p.roles.some((r) => BENCH.test(r))))
      .map((p) => claimBy(p.name));
    const answer = st.kind === 'record' ? RECORD : claimBy(actor!.name);
    const distractors = st.kind === 'record' ? others : [RECORD, ...others];
    const verb = st.verb.replace(/\s+that$/, '');
    const verbNote =
      st.kind === 'record'
        ? `The verb “${verb}” reports an official act: a court or an official body did it, so it is on the record. ` +
          `You could check it in court records or official minutes.`
        : CLAIM_VERB.test(st.verb)
          ? `The verb “${verb}” marks a claim: it tells you what ${actor!.name} says, not what was proven. ` +
            `A claim may be true or false; the article does not decide it.`
          : `${capFirst(actor!.name)} ${actor!.kind === 'group' ? 'are' : 'is'} a side in the dispute` +
            `${norm(role!) === norm(actor!.name) ? '' : ` (${role})`}, so what ${actor!.kind === 'group' ? 'they' : 'this person'} ` +
            `${verb} is a claim, not a proven fact. A claim may be true or false; the article does not decide it.`;
    const q = finish({
      skill: 'record-or-claim',
      prompt: `The article reports: “${excerpt(content, 30)}”. Is that on the record, or someone's claim?`,
      answer,
      distractors,
      evidence: [st.sentence],
      explanation: `Read ${label(st.sentence)}: “${excerpt(sentence, 40)}” ${verbNote}`,
      difficulty: st.kind === 'claim' ? 2 : 1,
    });
    if (q) out.push(q);
  }
  return out;
}
