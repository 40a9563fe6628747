import { DOC_NOUNS, docKind, courtly, type SourceKind } from './source-kinds';
import { isOutlet } from './source-outlets';

/**
 * "According to X" attributions: where X ends, what kind of source it is (the source's own noun decides: a study
 * or a report is a report, not a statement), and who stands behind it ("a report by the city's transport
 * department" → "the city's transport department").
 */

const HEAD_RE = new RegExp(
  `^(?:(?:the|a|an|this|that|its|his|her|their|new|recent|latest|[\\p{L}\\p{N}'’-]+(?:'s|’s))\\s+){0,4}?(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(${DOC_NOUNS.join('|')})s?\\b`,
  'iu',
);

export interface According {
  /** Offsets of the source phrase after "according to", to the clause break. */
  start: number;
  end: number;
  /** The source's name up to its document noun ("a study"), or the whole phrase for a person or group. */
  head: string;
  /** The document's kind ('other' when its noun is too vague), 'news' for an outlet, null for a person or group. */
  kind: SourceKind | null;
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
  if (!m) return { start, end: start + phrase.length, head: phrase, kind: isOutlet(phrase) ? 'news' : null, agent: null };
  let head = m[0];
  let noun = m[1].toLowerCase();
  // "an inspection report": a second document noun right after the first is the real head.
  const next = /^\s+([\p{L}-]+)/u.exec(phrase.slice(head.length));
  if (next && DOC_NOUNS.includes(next[1].toLowerCase().replace(/s$/, ''))) {
    head += next[0];
    noun = next[1].toLowerCase().replace(/s$/, '');
  }
  const agent =
    /\bby\s+((?:the|a|an)\s+[^,;:]+?|[\p{Lu}][^,;:]*?)(?=\s+(?:on|in|at|last|this|earlier|published|released)\b|$)/u.exec(phrase.slice(head.length))?.[1] ??
    /^((?:the\s+)?[\p{L}\p{N}'’ -]+?)(?:'s|’s)\s/u.exec(head)?.[1] ??
    null;
  const by = agent ? agent.trim() : null;
  // "a report in The Straits Times": the outlet that carried it makes it a news report.
  const carrier = /^\s+(?:in|from|on|by)\s+([^,;:]+)$/u.exec(phrase.slice(head.length))?.[1] ?? null;
  const kind = carrier && isOutlet(carrier) ? 'news' : docKind(head, noun, courtly(text), by);
  return { start, end: start + phrase.length, head, kind, agent: by };
}
