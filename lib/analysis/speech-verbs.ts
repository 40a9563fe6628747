/**
 * Verbs of saying, used to find who speaks a quotation and which groups "speak" in an article.
 */

const WORDS = `
  say says said saying tell tells told telling write writes wrote writing share shares shared sharing
  claim claims claimed claiming allege alleges alleged alleging argue argues argued arguing stated stating
  add adds added adding explain explains explained explaining noted insist insists insisted
  ask asks asked asking reply replies replied replying respond responds responded responding posted
  tweet tweets tweeted testify testifies testified announce announces announced declare declares declared
  warn warns warned maintain maintains maintained contend contends contended acknowledge acknowledges
  acknowledged admit admits admitted deny denies denied ruled conclude concludes concluded
  recalled remarked called
  describe describes described suggest suggests suggested assert asserts asserted accuse accuses accused
  accusing urge urges urged promise promises promised vow vows vowed complain complains complained predict
  predicts predicted concede concedes conceded comment comments commented commenting observe observes observed
  stress stresses stressed answer answers answered quip quips quipped joke jokes joked
`;

/** Lower-case verbs of saying in all their forms. */
export const SPEECH_VERBS = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Forms with no subject of their own ("saying", "adding"): they share the subject of the verb before them. */
export function isParticiple(verb: string): boolean {
  return verb.endsWith('ing');
}

/** Start offsets (and lengths) of verbs of saying in a text, plus "according to" (and "attributed to", which works alike). */
export function speechVerbsIn(text: string): Array<{ start: number; end: number; verb: string }> {
  const out: Array<{ start: number; end: number; verb: string }> = [];
  for (const m of text.matchAll(/\p{L}+(?:\s+to\b)?/gu)) {
    const w = m[0].toLowerCase();
    const start = m.index ?? 0;
    if (w === 'according to' || w === 'attributed to') out.push({ start, end: start + m[0].length, verb: 'according to' });
    else {
      const first = w.split(/\s+/)[0];
      if (SPEECH_VERBS.has(first)) out.push({ start, end: start + first.length, verb: first });
    }
  }
  return out;
}
