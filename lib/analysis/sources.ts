import type { Person, Sentence, SourceRef } from './types';
import { resolvePerson, personMentions } from './person-ref';
import { subjectBefore, nounPhraseAfter } from './clause';
import { readAccording } from './according';

type Kind = SourceRef['kind'];

const PLATFORMS =
  'Instagram|Twitter|Facebook|TikTok|Threads|LinkedIn|YouTube|Bluesky|Truth Social|Substack|Snapchat|Reddit|X|social media|blog|website|podcast';
const POSSESSOR = "his|her|their|its|the|[\\p{Lu}][\\p{L}'’.-]*(?:’s|'s|’|')";
/** "on his Instagram", "on Baldwin’s Instagram account", "in an Instagram post". */
const POST_RE = new RegExp(
  `\\b(?:on|in|via) ((?:${POSSESSOR}|an?) (?:${PLATFORMS})(?: (?:account|page|feed|post|story|video|channel|thread))?)\\b`,
  'gu',
);
const DOC_KINDS: Array<[RegExp, Kind]> = [
  [/^(ruling|decision|order|opinion|judgment|verdict)$/, 'ruling'],
  [/^(filing|motion|complaint|lawsuit|indictment|affidavit|petition|brief|documents?|records?)$/, 'filing'],
  [/^(statement|press release|letter|email|e-mail|memo|announcement|speech|news conference|press conference)$/, 'statement'],
  [/^(report|study|survey|analysis|audit|investigation|data|paper|poll|census|figures|statistics|findings)$/, 'report'],
  [/^(interview|podcast)$/, 'interview'],
  [/^(post|tweet|video)$/, 'post'],
];
const DOC_NOUNS = 'paper|poll|census|ruling|decision|order|opinion|judgment|verdict|filing|motion|complaint|lawsuit|indictment|affidavit|petition|brief|statement|press release|letter|email|e-mail|memo|announcement|speech|news conference|press conference|report|study|survey|audit|investigation|interview|post|tweet|video';
/** "In the July 12 decision", "in a statement", "in her ruling", "from a police report". */
const DOC_RE = new RegExp(
  `\\b(?:in|from|under|through) ((?:${POSSESSOR}|an?) (?:[\\p{L}\\p{N}’'-]+ ){0,4}?(?:${DOC_NOUNS}))\\b`,
  'giu',
);
const ACCORDING_RE = /\baccording to\s/giu;
const TOLD_RE = /\btold (reporters|journalists|the press|[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*)/gu;
const RECORDS_RE = /\b((?:court |police |public |government )?(?:documents|records|filings)) (?:show|showed|say|said|reveal|revealed|indicate)\b/giu;

function kindOf(phrase: string): Kind {
  const last = phrase.toLowerCase().match(/[\p{L}-]+(?: (?:release|conference))?$/u)?.[0] ?? '';
  for (const [re, kind] of DOC_KINDS) if (re.test(last)) return kind;
  return 'other';
}

/** Whose source: a named possessive, else the nearest person named before it (or right after, as in "In the decision, Sommer said"). */
function ownerOf(text: string, phrase: string, at: number, people: Person[], prev: string): string | null {
  const poss = /^([\p{Lu}][\p{L}'’.-]*?)(?:’s|'s|’|')\s/u.exec(phrase);
  if (poss) return resolvePerson(poss[1], people)?.name ?? poss[1];
  const before = personMentions(text.slice(0, at), people);
  if (/^(his|her|their)\s/i.test(phrase)) {
    const hit = before[before.length - 1] ?? personMentions(prev, people).at(-1);
    return hit?.person.name ?? null;
  }
  const after = personMentions(text.slice(at + phrase.length), people);
  return (before[before.length - 1] ?? after[0])?.person.name ?? null;
}

/**
 * Finds the sources a sentence cites: posts ("on his Instagram"), rulings ("In the July 12 decision"),
 * statements, filings, reports, interviews ("told reporters") and "according to X". `who` is the owner when
 * the sentence says or implies it (a possessive, a pronoun, or the person the sentence attributes it to).
 */
export function findSources(sentences: Sentence[], people: Person[]): SourceRef[] {
  const out: SourceRef[] = [];
  sentences.forEach((sentence, i) => {
    const text = sentence.text;
    const prev = sentences[i - 1]?.text ?? '';
    const found: Array<SourceRef & { at: number; end: number }> = [];
    const add = (at: number, phrase: string, kind: Kind, who: string | null) => {
      const end = at + phrase.length;
      if (found.some((f) => at < f.end && f.at < end)) return;
      found.push({ sentence: sentence.index, kind, text: phrase, who, at, end });
    };
    for (const m of text.matchAll(POST_RE)) {
      const at = m.index + m[0].indexOf(m[1]);
      add(at, m[1], 'post', ownerOf(text, m[1], at, people, prev));
    }
    for (const m of text.matchAll(ACCORDING_RE)) {
      const at = m.index + m[0].length;
      const src = readAccording(text, at);
      if (!src) continue;
      if (src.kind) {
        // The document's own noun decides its kind; its author is the "by" agent or the possessor, if stated.
        const who = src.agent ? (resolvePerson(src.agent, people)?.name ?? src.agent) : null;
        add(m.index, text.slice(m.index, src.start + src.head.length), src.kind, who);
        continue;
      }
      const phrase = nounPhraseAfter(text, at);
      if (phrase) add(m.index, text.slice(m.index, at + phrase.length), 'statement', resolvePerson(phrase, people)?.name ?? phrase);
    }
    for (const m of text.matchAll(RECORDS_RE)) add(m.index, m[1], 'filing', null);
    for (const m of text.matchAll(DOC_RE)) {
      const at = m.index + m[0].indexOf(m[1]);
      add(at, m[1], kindOf(m[1]), ownerOf(text, m[1], at, people, prev));
    }
    for (const m of text.matchAll(TOLD_RE)) {
      const subject = subjectBefore(text, m.index).phrase;
      const who = subject ? (resolvePerson(subject, people)?.name ?? subject) : null;
      add(m.index, m[0], 'interview', who);
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) out.push({ sentence: f.sentence, kind: f.kind, text: f.text, who: f.who });
  });
  return out;
}
