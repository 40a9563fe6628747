import type { Person, Sentence, SourceRef } from './types';
import { resolvePerson, personMentions } from './person-ref';
import { subjectBefore } from './clause';
import { readAccording } from './according';
import { DOC_NOUNS, docKind, courtly, type SourceKind } from './source-kinds';
import { isOutlet } from './source-outlets';

const PLATFORMS =
  'Instagram|Twitter|Facebook|TikTok|Threads|LinkedIn|YouTube|Bluesky|Truth Social|Snapchat|Reddit|Weibo|X|social media';
const POSSESSOR = "his|her|their|its|the|[\\p{Lu}][\\p{L}'’.-]*(?:’s|'s|’|')";
/** "on his Instagram", "on Baldwin’s Instagram account", "in an Instagram post". Blogs and websites are not asked. */
const POST_RE = new RegExp(
  `\\b(?:on|in|via|to) ((?:(?:${POSSESSOR}|an?) )?(?:${PLATFORMS})(?: (?:account|page|feed|post|story|video|channel|thread))?)\\b`,
  'gu',
);
/** "tweeted using his @POTUS account": the verb and the account it names are one source, blanked together. */
const TWEET_RE = /\b(?:tweeted|retweeted)(?: (?:using|from|on|via) (?:his|her|their|its|the|an?) (?:[@\p{L}\p{N}_]+ )?(?:Twitter |X )?(?:account|feed|page))?/gu;
/**
 * "In the July 12 decision", "in a statement", "in her ruling", "from a 2023 study". The words before the document
 * noun describe it; a preposition among them means the noun belongs to another phrase ("in the gallery for the
 * verdict" is a place).
 */
const DOC_RE = new RegExp(
  `\\b(?:in|from|under|through|issued|released|published) ((?:${POSSESSOR}|an?) (?:(?!(?:for|of|with|at|to|in|on|by|from|and|or|after|before|during)\\s)[\\p{L}\\p{N}’'-]+ ){0,4}?(?:${DOC_NOUNS.join('|')}))s?\\b`,
  'giu',
);
/** "Cornyn's statement added": a possessed document opening a clause. */
const OWNED_RE = new RegExp(`(?:^|[,;]\\s)([\\p{Lu}][\\p{L}'’.-]*(?:’s|'s) (?:[\\p{L}-]+ ){0,2}?(?:statement|ruling|verdict|lawsuit|study|survey|tweet))\\b`, 'gu');
const RECORDS_RE = /\b((?:[\p{L}-]+ ){0,2}?(?:documents|records|filings|data|figures|statistics)) (?:show|showed|shows|say|said|reveal|revealed|indicate|indicated)\b/giu;
/** "Reuters reported", "as reported by ABC News", "the Straits Times quoted him". */
const REPORTED_RE = /\b(?:reported|reports|quoted)\b/gu;
const TOLD_RE = /\btold ((?:reporters|journalists|the press|the media)\b|(?:[Tt]he )?[\p{Lu}][\p{L}\p{N}.&'’-]*(?: [\p{Lu}][\p{L}\p{N}.&'’-]*){0,4})/gu;
const JUDGE = /\b(judge|justice|magistrate|court|jury)\b/i;

/**
 * A statement made in a case is no press statement: one filed with the court ("a victim impact statement filed
 * last week") is a court filing, and one spoken to the court is testimony, which no option names. A "brief" that
 * qualifies another word ("a brief pause") is no legal brief.
 */
function inCourt(phrase: string, after: string, kind: SourceKind): SourceKind {
  const filed = /^\s+(?:was\s+|were\s+|it\s+|she\s+|he\s+|they\s+)?(?:filed|submitted|lodged)\b/i.test(after);
  if (kind === 'statement') {
    if (filed || /\bimpact statements?$/i.test(phrase)) return 'filing';
    if (/^\s+(?:to|before|in)\s+(?:the\s+)?(?:court|courtroom|judge|jury|tribunal|magistrate|hearing)\b/i.test(after)) return 'other';
  }
  if (/\bbrief$/i.test(phrase) && kind === 'filing' && !filed && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:to|in|on|for|by|with|that|which|arguing|argued|says|said)\b/i.test(after)) return 'other';
  return kind;
}

/** At most a dozen matches of a pattern per sentence: enough for prose, bounded for a pasted wall of text. */
function* firstMatches(text: string, re: RegExp): Generator<RegExpMatchArray & { index: number }> {
  let n = 0;
  for (const m of text.matchAll(re)) {
    if (++n > 12) return;
    yield m as RegExpMatchArray & { index: number };
  }
}

/** Whose source: a named possessive, else the nearest person named before it (or right after, as in "In the decision, Sommer said"). */
function ownerOf(text: string, phrase: string, at: number, people: Person[], prev: string): Person | string | null {
  const poss = /^([\p{Lu}][\p{L}'’.-]*?)(?:’s|'s|’|')\s/u.exec(phrase);
  if (poss) return resolvePerson(poss[1], people) ?? poss[1];
  const before = personMentions(text.slice(0, at), people);
  if (/^(his|her|their)\s/i.test(phrase)) {
    const hit = before[before.length - 1] ?? personMentions(prev, people).at(-1);
    return hit?.person ?? null;
  }
  const after = personMentions(text.slice(at + phrase.length), people);
  return (before[before.length - 1] ?? after[0])?.person ?? null;
}
const nameOf = (o: Person | string | null) => (o === null ? null : typeof o === 'string' ? o : o.name);
const onBench = (o: Person | string | null) =>
  typeof o === 'object' && !!o && [...o.roles, ...o.aliases].some((r) => JUDGE.test(r));

/** The outlet that a run of words right before `at` names ("... Reuters reported"), or null. */
function outletBefore(text: string, at: number): { at: number; name: string } | null {
  const words = [...text.slice(Math.max(0, at - 80), at).matchAll(/\S+/g)];
  const base = Math.max(0, at - 80);
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    const first = words[words.length - n];
    const name = text.slice(base + first.index, at).trim();
    if (isOutlet(name)) return { at: base + first.index, name };
  }
  return null;
}

/**
 * Finds the sources a sentence cites: posts ("on his Instagram", "tweeted"), rulings ("In the July 12 decision"),
 * statements, filings, studies, official records ("police records show"), news outlets ("according to AFP",
 * "Reuters reported") and interviews ("told reporters"). A phrase whose kind is not certain gets 'other'. `who` is
 * the owner when the sentence says or implies it (a possessive, a pronoun, or the person it is attributed to).
 */
export function findSources(sentences: Sentence[], people: Person[]): SourceRef[] {
  const out: SourceRef[] = [];
  sentences.forEach((sentence, i) => {
    // A real sentence is far shorter; a pasted wall of text is read only so far, so the cost stays bounded.
    const text = sentence.text.length > 1500 ? sentence.text.slice(0, 1500) : sentence.text;
    const prev = sentences[i - 1]?.text ?? '';
    const court = courtly(text);
    const found: Array<SourceRef & { at: number; end: number }> = [];
    const add = (at: number, phrase: string, kind: SourceKind, who: string | null) => {
      const end = at + phrase.length;
      if (found.some((f) => at < f.end && f.at < end)) return;
      found.push({ sentence: sentence.index, kind, text: phrase, who, at, end });
    };
    for (const m of firstMatches(text, TWEET_RE)) {
      const subject = subjectBefore(text, m.index).phrase;
      add(m.index, m[0], 'post', subject ? (resolvePerson(subject, people)?.name ?? null) : null);
    }
    for (const m of firstMatches(text, POST_RE)) {
      const at = m.index + m[0].indexOf(m[1]);
      add(at, m[1], 'post', nameOf(ownerOf(text, m[1], at, people, prev)));
    }
    for (const m of firstMatches(text, /\baccording to\s/giu)) {
      const src = readAccording(text, m.index + m[0].length);
      if (!src) continue;
      // A person or group ("according to Wilkins") may speak in an interview, a statement or a post: not asked.
      const kind = src.kind ?? 'other';
      const upto = src.kind && src.kind !== 'news' ? src.start + src.head.length : src.end;
      const who = src.agent ? (resolvePerson(src.agent, people)?.name ?? src.agent) : src.kind ? null : (resolvePerson(src.head, people)?.name ?? src.head);
      add(m.index, text.slice(m.index, upto), kind, who);
    }
    for (const m of firstMatches(text, RECORDS_RE)) {
      const noun = /(\S+)$/.exec(m[1])![1];
      add(m.index, m[1], docKind(m[1], noun, court), null);
    }
    for (const re of [DOC_RE, OWNED_RE]) {
      for (const m of firstMatches(text, re)) {
        const at = m.index + m[0].indexOf(m[1]);
        // "a brief statement": a document noun used as an adjective gives way to the noun after it.
        const next = /^\s+([\p{L}-]+)/u.exec(text.slice(at + m[1].length))?.[1];
        const phrase = next && DOC_NOUNS.includes(next.toLowerCase()) ? `${m[1]} ${next}` : m[1];
        const owner = ownerOf(text, phrase, at, people, prev);
        const noun = /([\p{L}-]+)$/u.exec(phrase)![1];
        // "returning its verdict in the lawsuit brought by …", "damages in the case": the case a result belongs to,
        // not a source its facts come from (tenth blind set keyed "a filing in court" for a jury's verdict).
        const outcome = /\b(?:verdicts?|rulings?|judg(?:e)?ments?|decisions?|settlements?|damages|awards?|trials?|hearings?|plaintiffs?|defendants?|victory|win|lost|won)\s+(?:in|from|over)\s+$/i.test(text.slice(Math.max(0, at - 40), at));
        const kind = outcome ? 'other' : inCourt(phrase, text.slice(at + phrase.length), docKind(phrase, noun, court || onBench(owner)));
        add(at, phrase, kind, nameOf(owner));
      }
    }
    for (const m of firstMatches(text, REPORTED_RE)) {
      const by = /^\s+by\s+([^,;:.]+)/u.exec(text.slice(m.index + m[0].length));
      if (by && isOutlet(by[1].trim())) {
        add(m.index + m[0].length + by[0].indexOf(by[1]), by[1].trim(), 'news', by[1].trim());
        continue;
      }
      const outlet = outletBefore(text, m.index);
      if (outlet) add(outlet.at, outlet.name, 'news', outlet.name);
    }
    for (const m of firstMatches(text, TOLD_RE)) {
      const generic = /^(reporters|journalists|the press|the media)$/.test(m[1]);
      // "told the court" is testimony and "told Ana" a conversation: only reporters or an outlet make an interview.
      if (!generic && !isOutlet(m[1])) continue;
      const subject = subjectBefore(text, m.index).phrase;
      const who = subject ? (resolvePerson(subject, people)?.name ?? subject) : null;
      // Words "told reporters" may come at a briefing, a press conference or an interview: which one is not said.
      add(m.index, m[0], generic ? 'other' : 'interview', who);
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) out.push({ sentence: f.sentence, kind: f.kind, text: f.text, who: f.who });
  });
  return out;
}
