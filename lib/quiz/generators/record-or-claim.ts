import type { Statement } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm, textOf } from '../util';
import { byProminence, findPerson, firstNamed, mentions, related } from '../people';

const RECORD = 'A fact on the record: an official act such as a ruling, a verdict or a vote';
const BENCH = /\b(judge|justice|magistrate|court|jury|tribunal)\b/i;
const claimBy = (who: string) => `A claim by ${who}`;

/** Two statements are about the same thing when one's content contains the other's. */
const overlaps = (a: Statement, b: Statement) => {
  const x = norm(a.content);
  const y = norm(b.content);
  return x.includes(y) || y.includes(x);
};

/**
 * Record or claim: is a statement reported as something decided (ruled, sentenced, found guilty) or as what
 * someone says (alleged, claimed), and whose claim. The prompt quotes only the content, so the student has
 * to go back to the sentence and read the verb.
 */
export function recordOrClaimQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const out: Question[] = [];
  const people = byProminence(analysis.people).filter((p) => !/^(a|an) /i.test(p.name));
  // One question per sentence and answer survives deduplication, so the telling one goes first: a marked claim
  // ("alleged", "claimed") before plain "said", then the fuller content.
  const plain = (st: Statement) => (/^(said|says|told|added|noted|shared)/i.test(st.verb) ? 1 : 0);
  const ordered = [...analysis.statements].sort(
    (a, b) => a.sentence - b.sentence || plain(a) - plain(b) || b.content.length - a.content.length,
  );
  for (const st of ordered) {
    const sentence = textOf(analysis.sentences, st.sentence);
    if (!sentence || norm(st.content).split(' ').length < 4) continue;
    // If another statement in the sentence says the same thing differently, the answer would be ambiguous.
    const rivals = analysis.statements.filter(
      (o) => o !== st && o.sentence === st.sentence && overlaps(o, st) && (o.kind !== st.kind || o.who !== st.who),
    );
    if (rivals.length) continue;
    const actor = findPerson(analysis.people, st.who);
    // A claim is asked about only when its owner is someone the article names as a person or group.
    if (st.kind === 'claim' && !actor) continue;
    // "She alleged…": when the sentence does not name the claimer, the one named first in the sentence before
    // must be them, or the pronoun may point elsewhere and the answer would be a guess.
    if (st.kind === 'claim' && actor && !mentions(sentence, actor) && firstNamed(analysis, st.sentence - 1) !== actor) continue;
    // "must be filed", "could lead to": rules and possibilities, not acts on the record.
    if (st.kind === 'record' && /\b(must|should|can|could|may|might|would|will)\b/i.test(st.content)) continue;
    // What a judge or court says in a ruling is on the record AND their statement: too close to call.
    if (st.kind === 'claim' && actor && actor.roles.some((r) => BENCH.test(r))) continue;
    const sameSentence = analysis.statements.filter((o) => o.sentence === st.sentence && overlaps(o, st));
    const rightWho = new Set(sameSentence.filter((o) => o.kind === 'claim' && o.who).map((o) => norm(o.who!)));
    // People who make claims elsewhere in the article are the most tempting wrong answers, so they come first.
    const claimers = new Set(analysis.statements.filter((o) => o.kind === 'claim' && o.who).map((o) => norm(o.who!)));
    const ranked = [...people.filter((p) => claimers.has(norm(p.name))), ...people.filter((p) => !claimers.has(norm(p.name)))];
    const others = ranked
      .filter((p) => !rightWho.has(norm(p.name)) && !(actor && related(p, actor)))
      // A judge's ruling is not "a claim by the judge", but that is too fine a line for a distractor.
      .filter((p) => st.kind === 'claim' || norm(p.name) !== norm(st.who ?? ''))
      .map((p) => claimBy(p.name));
    const answer = st.kind === 'record' ? RECORD : claimBy(actor!.name);
    const distractors = st.kind === 'record' ? others : [RECORD, ...others];
    const verbNote =
      st.kind === 'record'
        ? `The verb “${st.verb}” reports something that was decided and is on the record, not someone's opinion.`
        : `The verb “${st.verb}” marks a claim: it tells you what ${st.who} ${st.verb.replace(/\s+that$/, '')}, not what was proven. ` +
          `A claim may be true or false; the article does not decide it.`;
    const q = finish({
      skill: 'record-or-claim',
      prompt: `The article reports: “${excerpt(st.content, 30)}”. Is that on the record, or someone's claim?`,
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
