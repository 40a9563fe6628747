import type { Statement } from './types';

/**
 * Which official act a record statement reports. Only acts whose maker is beyond doubt count: a court's decision
 * (a sentence, a verdict, a judge dismissing a case), a formal charge, and a vote of a voting body. "The company
 * dismissed 50 workers" or "Ruiz voted no" look the same on the surface, so the maker must be named or implied.
 */
export type Act = 'court' | 'charge' | 'vote';

/**
 * Verbs that only a court, a judge or a jury can do. A plea is not among them: the accused enters it, so "pleaded
 * guilty" is on the record but no court decision, and no option here names it.
 */
const COURT_ONLY = /^(sentenced|convicted|acquitted|found guilty|found not guilty)$/;
/** Verbs that are a court's act only when a court, judge or jury does them. */
const COURT_IF = /^(ruled|dismissed|ordered|granted|overturned|upheld|fined|awarded)$/;
const CHARGE = /^(indicted|charged)$/;
const VOTE = /^(voted|approved)$/;
const BENCH = /\b(judges?|justices?|magistrates?|courts?|jury|juries|tribunals?)\b/i;
const BODY = /\b(council|parliament|senate|house|assembly|congress|committee|board|voters|lawmakers|legislature|legislators|MPs|shareholders|members|electorate|cabinet|commission)\b/i;

/** The act a record statement reports, or null when its maker is not clear enough to say. */
export function actOf(st: Statement, sentence: string): Act | null {
  if (st.kind !== 'record') return null;
  const verb = st.verb.toLowerCase();
  const at = sentence.toLowerCase().indexOf(verb);
  // The maker is the stated actor or the few words right before the verb ("New Mexico Judge Sommer dismissed").
  const lead = `${st.who ?? ''} ${at > 0 ? sentence.slice(Math.max(0, at - 60), at) : ''}`;
  const byAgent = at >= 0 ? /^\s+by\s+(?:the\s+)?([^,;.]+)/i.exec(sentence.slice(at + verb.length))?.[1] ?? '' : '';
  if (COURT_ONLY.test(verb)) return 'court';
  if (COURT_IF.test(verb)) return BENCH.test(lead) || BENCH.test(byAgent) ? 'court' : null;
  if (CHARGE.test(verb)) return /\bcharged\s+\S+\s+with\b|\bcharged with\b|^indicted$/i.test(`${verb} ${st.content}`) ? 'charge' : null;
  if (VOTE.test(verb)) return BODY.test(st.who ?? '') || BODY.test(byAgent) ? 'vote' : null;
  return null;
}
