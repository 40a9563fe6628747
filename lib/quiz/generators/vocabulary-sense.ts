import type { GlossaryEntry } from '../context';
import { courtContext } from '../../glossary/terms-court';

/** Words that show a sentence is about science, government or the news, for terms with an everyday meaning. */
const DOMAIN: Record<string, RegExp> = {
  science: /\b(?:scien\w*|research\w*|stud(?:y|ies|ied)|experiment\w*|data|hypothes\w*|laborator\w*|species|cells?|physic\w*|chemi\w*|biolog\w*|evidence)\b/i,
  government: /\b(?:government|parliament|congress|senate|minister\w*|council\w*|vot\w+|election\w*|laws?|bills?|polic(?:y|ies)|officials?|legislat\w*)\b/i,
  journalism: /\b(?:reporters?|journalis\w*|news\w*|editor\w*|articles?|published|media|press|headlines?|stor(?:y|ies))\b/i,
};

/** Words that may follow a noun in its own sense: prepositions, verbs of its clause, joining words, determiners. */
const AFTER_A_NOUN =
  /^\s+(?:of|on|in|at|by|for|to|from|with|against|over|under|about|into|after|before|that|which|who|whose|was|is|were|are|has|had|have|will|would|could|should|may|might|can|must|did|does|and|or|but|as|so|because|the|a|an|this|his|her|their|its|said|says|came|comes|means|meant|last|earlier|itself)\b/i;

/**
 * Is the glossary sense of a one-word term the one the sentence uses? A vocabulary key in the wrong sense
 * teaches a false meaning ("granted parole status" for an immigrant is not early release from prison; "It
 * arrests us" is not police custody), so the sense must be shown, not assumed:
 * - a lower-case term printed with a capital inside the sentence is part of a name ("the State Department");
 * - a noun's definition does not fit a verb ("to witness", "it arrests us");
 * - a one-word term of a shelf needs another word of that shelf in the sentence (a court word for "parole").
 */
export function senseShown(entry: GlossaryEntry, sentence: string, written: string, at: number): boolean {
  if (/^\p{Ll}/u.test(entry.term) && /^\p{Lu}/u.test(written.replace(/^the\s+/i, '')) && at > 0) return false;
  // "the state Court of Appeals": a term followed by a capitalised word qualifies a name.
  const next = sentence.slice(at + written.length);
  const calendar = /^\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
  if (/^\s+\p{Lu}\p{Ll}/u.test(next) && !calendar.test(next)) return false;
  // "the ruling group", "a standing committee": a one-word -ing noun before another word that is no function word
  // is used as an adjective ("governing"), not as the noun the glossary defines.
  if (/^\p{L}+ing$/u.test(entry.term) && /^\s+\p{Ll}/u.test(next) && !AFTER_A_NOUN.test(next)) return false;
  const before = sentence.slice(Math.max(0, at - 12), at).toLowerCase();
  if (!/^to\b/i.test(entry.definition) && /\b(?:to|it|he|she|they|we|i|you|will|would|can|could|may|might|must)\s+$/.test(before)) return false;
  if (/\s/.test(entry.term.replace(/^the\s+/i, '').trim()) || !entry.category) return true;
  const rest = sentence.slice(0, at) + ' ' + sentence.slice(at + written.length);
  if (entry.category === 'court' || entry.category === 'legal') return courtContext().test(rest);
  return DOMAIN[entry.category]?.test(rest) ?? true;
}

type Kind = 'who' | 'body' | 'act' | 'done' | 'quality' | 'thing';

/**
 * What a definition describes, so distractors are of the same kind as the key (a person among people) and fit the
 * same slot in the sentence ("was ___ on Thursday" takes "Given a punishment …", never a noun's definition).
 */
export function kindOf(definition: string): Kind {
  let kind = kinds.get(definition);
  if (!kind) {
    kind = classify(definition);
    kinds.set(definition, kind);
  }
  return kind;
}

// Every glossary definition is classified for every term asked: once each is enough.
const kinds = new Map<string, Kind>();

/**
 * A definition of a person or a group of people: its head noun (after at most three modifiers, none of them an
 * article, a preposition or a linking word) is a word for people, and what follows it does not make it a modifier
 * of another noun. "A meeting before a judge", "An official written announcement" and "An official count of all
 * the people" are things: taking them for people put "defendant" and "prosecutor" beside "hearing" (the seventh
 * blind review).
 */
const LINK = String.raw`(?:a|an|the|of|before|by|to|for|with|from|in|on|at|that|who|which|when|where|and|or|is|are)`;
const PEOPLE = String.raw`(?:person|persons|people|group|official|lawyer|judge|body|member|officer|worker|expert|reporter|journalist|side|lawyers|government|agency|citizens)`;
const AFTER = String.raw`(?=\s+(?:who|whose|that|which|of|or|and|in|on|at|for|from|with|such|chosen|picked|sent|paid|forced|elected|appointed|named)\b|[,;.]|$)`;
const WHO = new RegExp(String.raw`^(?:one of the (?:\w+ ){0,2}?(?:citizens|people|members|officials|judges|lawyers|workers|experts)\b|someone|people\b|(?:an?|the) (?:(?!${LINK}\b)\w+ ){0,3}?${PEOPLE}s?${AFTER})`, 'i');

/**
 * A body of people rather than one person ("The body of elected people that makes laws"): beside "a person paid to
 * …" for "the fall sitting of the ___", the only body is the key (tenth blind set).
 */
const BODY = new RegExp(String.raw`^(?:(?:an?|the) (?:(?!${LINK}\b)\w+ ){0,3}?(?:group|body|government|agency|side|council|committee|court|assembly|parliament|organi[sz]ation)s?${AFTER})`, 'i');

function classify(definition: string): Kind {
  if (BODY.test(definition)) return 'body';
  if (WHO.test(definition)) return 'who';
  if (/^(?:to |taking |bringing |making |the act |the process |when |saying |telling |putting |asking )/i.test(definition)) return 'act';
  // "Legally responsible for harm …": an adjective's definition never stands in for a noun's.
  if (/^(?:\p{L}+ly\s+)?(?:responsible|able|unable|likely|unlikely|liable|guilty|innocent|allowed|required|free|true|false|fair|unfair|legal|illegal|lawful|unlawful|official|public|private|willing|ready|aware|fit|unfit)\b/iu.test(definition)) return 'quality';
  if (/^(?:\p{L}+ed|given|found|made|sent|taken|held|brought|put|set|kept|told|paid|shown|done|seen|known|ordered)\b/iu.test(definition)) return 'done';
  return 'thing';
}
