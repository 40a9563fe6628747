/**
 * A capitalised two-word name is read as a person's ("Tasman Paper" looks like "Tasman Pryce"), but the article
 * itself often says it is a body: it introduces it by the kind of body it is ("paper manufacturer Tasman Paper",
 * "the engineering consultancy Calder Halloway") or gives it what only a body has ("Tasman Paper's shares", "Bright
 * Path's founder"). Such a name speaks as a group, never as a person a "he" or "she" stands for, and it is never
 * offered as an answer to "which person".
 */
import type { Sentence } from './types';
import { escapeRegExp } from '../text/normalise';

/** Lower-case nouns naming a kind of organisation, written right before its name ("the retailer Mossgrove"). */
const KIND_BEFORE = new Set(
  (
    'company firm manufacturer carmaker automaker retailer supplier insurer lender bank consultancy developer publisher ' +
    'broadcaster operator airline carrier chain brand conglomerate subsidiary business charity nonprofit non-profit ' +
    'organisation organization agency miner utility startup start-up group club franchise outlet newspaper broadsheet tabloid'
  ).split(' '),
);

/** What a name owns only when it is a body: shares and a share price, a founder, a chief executive, a workforce. */
const OWNED_BY_BODY =
  /^(?:[’']s?)\s+(?:shares|share price|shareholders|stock price|founder|co-founder|founders|chief executive|ceo|headquarters|head office|subsidiar(?:y|ies)|workforce|board of directors|annual report|half-year results|annual results)\b/iu;

/** A body as the subject of a verb only a body takes ("Tasman Paper employs about 2,600 people"). */
const BODY_VERB = /^\s+(?:employs|employed|is headquartered|was founded|is listed|was listed)\b/iu;

/** True when some sentence writes `name` the way a company, a charity or another body is written. */
export function writtenAsOrganisation(name: string, sentences: Sentence[]): boolean {
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu');
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const before = s.text.slice(0, m.index);
      const after = s.text.slice(m.index + m[0].length);
      const kind = /(?:^|\s)(\p{Ll}[\p{Ll}-]*),?\s+$/u.exec(before)?.[1];
      if (kind && KIND_BEFORE.has(kind)) return true;
      if (OWNED_BY_BODY.test(after) || BODY_VERB.test(after)) return true;
    }
  }
  return false;
}

/**
 * True when some sentence follows `name` with "which" ("Ridgeline, which is based in Boston"): a person takes "who",
 * so whatever role a sentence seems to give it, the name is a body's (tenth blind set: a firm offered, and keyed, as
 * the speaker of an analyst's words).
 */
export function referredToAsThing(name: string, sentences: Sentence[]): boolean {
  // "a novel by Tom Varga, which she called …": after a preposition the "which" is the thing's, not the name's.
  const re = new RegExp(`(?<!\\b(?:by|of|from|with|for|about|to)\\s+)(?<![\\p{L}])${escapeRegExp(name)},\\s+which\\b`, 'u');
  return sentences.some((s) => re.test(s.text));
}
