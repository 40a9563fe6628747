import type { Person, Statement } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { DENIAL_VERBS } from '../../analysis/claims';
import { finish, excerpt, label, textOf } from '../util';
import { byProminence, mentions, related } from '../people';
import { personById } from '../../analysis/people-links';
import { faithful } from './record-or-claim';

/** What a denial must be aimed at to answer a claim: "denied the allegations", "rejected claims that…", "denied that…". */
const AIMED =
  /^(that\b|any wrongdoing|wrongdoing|having\b|knowing\b|involvement|responsibility|(?:(?:the|these|those|all|any|such|his|her|their|its)\s+)?(?:\S+\s+)?(?:claims?|allegations?|accusations?|reports?|charges?|suggestions?|criticism|account|figures?)\b)/i;
/** Verbs by which one side puts a claim forward. */
const CLAIMING = /^(alleged|claimed|claims|accused|accuses|argued|insisted|asserted|contended|said|says|told|stated|wrote)\b/i;
const BENCH = /\b(judge|justice|magistrate|court|jury|tribunal)\b/i;

interface Dispute {
  claim: Statement;
  denial: Statement;
  claimer: Person;
  denier: Person;
}

/** A named person or group, never the bench: a court rejecting a motion rules, it does not deny a claim. */
function side(ctx: GenContext, st: Statement): Person | undefined {
  const p = personById(ctx.analysis.people, st.whoId);
  return p && !BENCH.test(p.name) && !p.roles.some((r) => BENCH.test(r)) ? p : undefined;
}

const STOPWORDS = new Set('that this with from have has had were was they their there would could should about which what when than then them will been being into over more most some such only also very just said says claim claims claimed denied denies rejected'.split(' '));

/** Content words (4+ letters, not the usual function words), for telling which claim a denial answers. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOPWORDS.has(w)));
}

/** Claim-and-denial pairs: Y denies or disputes, in the same sentence or within two after, what X claimed. */
export function findDisputes(ctx: GenContext): Dispute[] {
  const { statements, sentences } = ctx.analysis;
  const out: Dispute[] = [];
  for (const denial of statements) {
    if (denial.kind !== 'claim' || !DENIAL_VERBS.has(denial.verb) || !AIMED.test(denial.content)) continue;
    const denier = side(ctx, denial);
    if (!denier) continue;
    // The claim the denial answers: one shortly before it, by someone else, that shares a content word with the
    // denial's sentence ("rejected the claim … the budget" answers the claim about the budget, not the one just
    // before it about a study). With no shared word, or two claims equally close in words, nothing is asked.
    const window = statements
      .filter((c) => c !== denial && c.kind === 'claim' && CLAIMING.test(c.verb) && c.sentence <= denial.sentence && c.sentence >= denial.sentence - 2)
      .filter((c) => !DENIAL_VERBS.has(c.verb) && (c.sentence < denial.sentence || sentences[c.sentence].text.indexOf(c.verb) < sentences[c.sentence].text.indexOf(denial.verb)));
    const denialWords = contentWords(textOf(sentences, denial.sentence));
    const scored = window.map((c) => ({ c, shared: [...contentWords(c.content)].filter((w) => denialWords.has(w)).length }));
    const top = Math.max(0, ...scored.map((x) => x.shared));
    const best = scored.filter((x) => x.shared === top);
    const claim = top > 0 && best.length === 1 ? best[0].c : undefined;
    const claimer = claim && side(ctx, claim);
    if (!claim || !claimer || related(claimer, denier)) continue;
    const content = claim.content;
    // The content must be the article's words, long enough to stand alone, and must not name either side.
    if (content.split(/\s+/).length < 4 || !faithful(content, textOf(sentences, claim.sentence))) continue;
    if (mentions(content, claimer) || mentions(content, denier)) continue;
    out.push({ claim, denial, claimer, denier });
  }
  return out;
}

/**
 * Claim and denial: for each pair, who makes the claim (the denier is the trap) and who denies it (the claimer is
 * the trap). Both are sides whose words the article reports; neither is proven by it, which the explanation says.
 */
export function claimDenialQuestions(ctx: GenContext): Question[] {
  const out: Question[] = [];
  // Named people and bodies only: "police" or "a man" read as no answer at all beside two named sides.
  const people = byProminence(ctx.analysis.people, ctx.analysis.sentences).filter((p) => /^\p{Lu}/u.test(p.name) && !/^(A|An|The) /.test(p.name) && !p.roles.some((r) => BENCH.test(r)));
  for (const { claim, denial, claimer, denier } of findDisputes(ctx)) {
    const evidence = [claim.sentence, denial.sentence];
    const others = people.filter((p) => !related(p, claimer) && !related(p, denier)).map((p) => p.name);
    const what = excerpt(claim.content, 30);
    const explanation =
      `In ${label(claim.sentence)} the claim “${what}” comes from ${claimer.name} (“${claim.verb}”); ` +
      `in ${label(denial.sentence)} ${denier.name} ${denial.verb} it. A claim and its denial are two sides: ` +
      `the article reports both and proves neither, so a reader looks for a record (a ruling, an official count) to settle it.`;
    const ask = (prompt: string, answer: Person, trap: Person) =>
      finish({ skill: 'record-or-claim', prompt, answer: answer.name, distractors: [trap.name, ...others], evidence, explanation, difficulty: 2 });
    const who = ask(`One side claims that “${what}”, and another side denies it. Who makes the claim?`, claimer, denier);
    const denies = ask(`One side claims that “${what}”, and another side denies it. Who denies it?`, denier, claimer);
    for (const q of [who, denies]) if (q) out.push(q);
  }
  return out;
}
