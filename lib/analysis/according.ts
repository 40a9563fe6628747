/**
 * "According to X" attributions: where X ends, what kind of source it is (the source's own noun decides: a study
 * or a report is a report, not a statement), and who stands behind it ("a report by the city's transport
 * department" → "the city's transport department").
 */

/** Document nouns and the source kind each one names. */
export const DOC_KIND: Record<string, 'ruling' | 'filing' | 'statement' | 'report' | 'interview' | 'post'> = {
  ruling: 'ruling', decision: 'ruling', order: 'ruling', opinion: 'ruling', judgment: 'ruling', verdict: 'ruling',
  filing: 'filing', motion: 'filing', complaint: 'filing', lawsuit: 'filing', indictment: 'filing', affidavit: 'filing',
  petition: 'filing', documents: 'filing', document: 'filing', records: 'filing',
  statement: 'statement', 'press release': 'statement', letter: 'statement', email: 'statement', memo: 'statement',
  announcement: 'statement', speech: 'statement', 'news conference': 'statement', 'press conference': 'statement',
  report: 'report', study: 'report', survey: 'report', analysis: 'report', audit: 'report', investigation: 'report',
  data: 'report', paper: 'report', poll: 'report', census: 'report', figures: 'report', statistics: 'report',
  estimates: 'report', findings: 'report', research: 'report', review: 'report', inspection: 'report',
  interview: 'interview', podcast: 'interview',
  post: 'post', tweet: 'post', video: 'post',
};
const HEAD_RE = new RegExp(
  `^(?:(?:the|a|an|this|that|its|his|her|their|new|recent|latest|[\\p{L}\\p{N}'’-]+(?:'s|’s))\\s+){0,4}?(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(${Object.keys(DOC_KIND).sort((a, b) => b.length - a.length).join('|')})s?\\b`,
  'iu',
);

export interface According {
  /** Offsets of the source phrase after "according to", to the clause break. */
  start: number;
  end: number;
  /** The source's name up to its document noun ("a study"), or the whole phrase for a person or group. */
  head: string;
  kind: 'ruling' | 'filing' | 'statement' | 'report' | 'interview' | 'post' | null;
  /** The person or body behind a document ("by the county roads department"), or null. */
  agent: string | null;
}

/** Reads the source of "according to" whose phrase starts at `from` in `text`. */
export function readAccording(text: string, from: number): According | null {
  const rest = text.slice(from);
  const stop = rest.search(/[,;:.!?”"](?=\s|$)|\s[—–]\s/);
  const phrase = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  if (!phrase) return null;
  const start = from + rest.indexOf(phrase);
  const m = HEAD_RE.exec(phrase);
  if (!m) return { start, end: start + phrase.length, head: phrase, kind: null, agent: null };
  let head = m[0];
  let noun = m[1].toLowerCase();
  // "an inspection report": a second document noun right after the first is the real head.
  const next = /^\s+([\p{L}-]+)/u.exec(phrase.slice(head.length));
  if (next && DOC_KIND[next[1].toLowerCase().replace(/s$/, '')]) {
    head += next[0];
    noun = next[1].toLowerCase().replace(/s$/, '');
  }
  const agent =
    /\bby\s+((?:the|a|an)\s+[^,;:]+?|[\p{Lu}][^,;:]*?)(?=\s+(?:on|in|at|last|this|earlier|published|released)\b|$)/u.exec(phrase.slice(head.length))?.[1] ??
    /^((?:the\s+)?[\p{L}\p{N}'’ -]+?)(?:'s|’s)\s/u.exec(head)?.[1] ??
    null;
  return { start, end: start + phrase.length, head, kind: DOC_KIND[noun] ?? DOC_KIND[m[1].toLowerCase()], agent: agent ? agent.trim() : null };
}
