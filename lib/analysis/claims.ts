import type { Person, Sentence, Statement } from './types';
import { resolvePerson, personMentions } from './person-ref';
import { subjectBefore, phraseAfter, nounPhraseAfter, PRONOUNS } from './clause';
import { readAccording } from './according';
import { foldCase } from '../text/normalise';

/** Verbs that report an official act: what a court, jury, agency or party did, on the record. */
const RECORD_VERBS = [
  'found not guilty', 'found guilty', 'pleaded not guilty', 'pleaded guilty', 'ruled', 'sentenced', 'dismissed',
  'convicted', 'acquitted', 'indicted', 'settled', 'approved', 'granted', 'charged', 'filed', 'ordered',
  'overturned', 'upheld', 'fined', 'arrested', 'signed', 'vetoed', 'enacted', 'awarded', 'certified', 'voted',
];
/** Verbs that report what someone says is so: true or not, it is their claim. */
const CLAIM_VERBS = [
  'according to', 'claimed', 'claims', 'alleged', 'alleges', 'said', 'says', 'argued', 'argues', 'insisted',
  'insists', 'denied', 'denies', 'told', 'tells', 'contended', 'contends', 'maintained', 'maintains', 'asserted',
  'asserts', 'stated', 'states that', 'accused', 'accuses', 'suggested', 'testified', 'admitted', 'acknowledged',
  'warned', 'wrote', 'posted', 'tweeted', 'shared that', 'believes', 'blamed', 'noted', 'added', 'explained',
  'agreed', 'disputed', 'rejected', 'announced', 'conceded', 'predicted',
];
const RECORD = new Set(RECORD_VERBS);
const VERB_RE = new RegExp(`\\b(${[...RECORD_VERBS, ...CLAIM_VERBS].join('|')})\\b`, 'gi');
/** A court or judge denying something is a ruling, not a denial of a claim. */
const COURT = /\b(judge|court|justice|jury|panel|tribunal|commission|board)\b/i;
/**
 * What a denial's object looks like: "dismissed the allegations", "rejected claims that…". A record verb with such
 * an object is one side answering another, not an official act, whatever the verb looks like.
 */
export const CLAIM_NOUN = /^\s+(?:(?:the|these|those|all|any|such|his|her|their|its|our|my)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:claims?|allegations?|accusations?|charges? (?:as|that)|reports?|suggestions?|criticism|rumou?rs?|speculation|assertions?|statements?|concerns?)\b/iu;
/** Verbs that can deny or dispute what another side says. */
export const DENIAL_VERBS = new Set(['denied', 'denies', 'rejected', 'disputed', 'dismissed']);
/** Bounds on hostile input: characters of one sentence read, and reporting verbs looked at in it. */
const MAX_SENTENCE = 1500;
const MAX_VERBS = 12;
/** What follows a claim verb when it claims nothing: a thing kept, a toll taken, a prize won, a thing refused. */
const NOT_CLAIMED: Record<string, RegExp> = {
  maintained: /^\s+(?:a|an|the|its|his|her|their|our|close|good|strong|\d)\b(?!.*\bthat\b)/i,
  maintains: /^\s+(?:a|an|the|its|his|her|their|our|close|good|strong|\d)\b(?!.*\bthat\b)/i,
  claimed: /^\s+(?:the\s+)?(?:lives?|\d[\d,]*\s+lives|(?:a|the|his|her|their|its)\s+(?:seat|title|prize|medal|win|victory|record|crown|trophy|spot|place)|victory|gold|silver|bronze)\b/i,
  denied: /^\s+(?:a\s+|an\s+|the\s+)?(?:visas?|entry|bail|access|permission|parole|asylum|a permit|permits?|funding|a licen[cs]e|the request|requests?|treatment|service)\b/i,
};
/** A claim's content stops where the sentence moves on to the next reported act ("…and filed a motion"). */
const NEXT_ACT = new RegExp(`,?\\s+(?:and|but)\\s+(?:also\\s+|later\\s+|then\\s+)?(?=(?:${[...RECORD_VERBS, ...CLAIM_VERBS].join('|')})\\b)`, 'i');

/** The text with the words inside quotation marks blanked out. */
const unquoted = (text: string) => text.replace(/[“"][^“”"]*[”"]/g, (m) => ' '.repeat(m.length));

/**
 * Who a subject phrase names. "he"/"she" is the latest person named earlier in the same sentence, else the subject
 * (first person named) of the nearest earlier sentence that names one; "they" looks for a group the same way.
 */
function resolveWho(phrase: string, people: Person[], before: string, earlier: string[]): string | null {
  if (!phrase) return null;
  const bare = phrase.toLowerCase();
  if (PRONOUNS.has(bare)) {
    // "he" and "she" stand for a named person only, never a company or a group; "they" for a group.
    const fits = (p: Person) => (bare === 'they' ? p.kind === 'group' : p.kind === 'person' && /^\p{Lu}/u.test(p.name));
    // Someone named inside a quotation is spoken of, not the one the next sentence goes on about.
    const here = personMentions(unquoted(before), people).filter((m) => fits(m.person));
    if (here.length) return here[here.length - 1].person.name;
    for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 3); i--) {
      // The first named, the subject of the sentence before, is who a pronoun opening this one goes on about.
      const hit = personMentions(unquoted(earlier[i]), people).find((m) => fits(m.person));
      if (hit) return hit.person.name;
    }
    return null;
  }
  // A bare number or ordinal ("three", "Fifth") is never a claimer.
  if (/^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/i.test(bare)) return null;
  return resolvePerson(phrase, people)?.name ?? phrase;
}

/**
 * Finds statements reported as the record (ruled, sentenced, dismissed, found guilty, filed, settled…) or as
 * someone's claim (claimed, alleged, said, argued, denied, told, according to…). `who` is the subject phrase
 * before the verb, resolved to a Person.name when it names one; a verb joined by "and"/"but also" shares the
 * subject before it; a passive record ("was sentenced") has only its "by …" agent as actor, else null.
 */
export function findStatements(sentences: Sentence[], people: Person[]): Statement[] {
  const out: Statement[] = [];
  sentences.forEach((sentence, i) => {
    // A real sentence is far shorter; a pasted wall of text is read only so far, so the cost stays bounded.
    const text = sentence.text.length > MAX_SENTENCE ? sentence.text.slice(0, MAX_SENTENCE) : sentence.text;
    const earlier = sentences.slice(Math.max(0, i - 3), i).map((x) => x.text);
    let lastWho: string | null = null;
    let seen = 0;
    for (const m of text.matchAll(VERB_RE)) {
      if (++seen > MAX_VERBS) break;
      const verb = m[0].toLowerCase();
      const at = m.index;
      const after = at + m[0].length;
      // "maintained a policy", "the crash claimed 12 lives", "denied visas": the same verbs, but nothing is claimed.
      if (NOT_CLAIMED[verb]?.test(text.slice(after))) continue;
      if (verb === 'according to') {
        const src = readAccording(text, after);
        if (!src) continue;
        const phrase = src.kind ? src.head : nounPhraseAfter(text, after);
        // A document's author ("a report by the transport department") is the claimer when named; else the document.
        const named = src.kind ? (src.agent ?? src.head) : phrase;
        const who = named ? (resolvePerson(named, people)?.name ?? named) : null;
        const rest = (text.slice(0, at) + text.slice(src.end)).replace(/^[\s,]+|[\s,.]+$/g, '');
        out.push({ sentence: sentence.index, kind: 'claim', verb, who, content: phraseAfter(rest, 0, 20) });
        continue;
      }
      const subject = subjectBefore(text, at);
      const byAgent = /^\s+by\s/i.exec(text.slice(after));
      const passive = subject.passive || (!!byAgent && RECORD.has(verb));
      let who: string | null;
      if (passive) {
        who = byAgent ? resolveWho(nounPhraseAfter(text, after + byAgent[0].length), people, '', []) : null;
      } else {
        who = subject.phrase ? resolveWho(subject.phrase, people, text.slice(0, subject.start), earlier) : lastWho;
        // "A spokesperson for the county said": a known speaker's phrase may run past the plain subject.
        const upto = foldCase(text.slice(0, subject.start + subject.phrase.length));
        const fuller = subject.phrase ? people.find((p) => p.name.length > subject.phrase.length && upto.endsWith(foldCase(p.name))) : undefined;
        if (fuller) who = fuller.name;
        lastWho = who;
      }
      // "The firm dismissed the allegations": one side answering another, a claim (a denial) and not an official act.
      const answering = verb === 'dismissed' && !passive && !COURT.test(subject.phrase) && CLAIM_NOUN.test(text.slice(after));
      const kind: Statement['kind'] =
        (RECORD.has(verb) && !answering) || ((verb === 'denied' || verb === 'denies') && COURT.test(subject.phrase)) ? 'record' : 'claim';
      let content: string;
      if (kind === 'claim') {
        const rest = text.slice(after).replace(/^\s*(that\s+)?/i, '');
        const next = NEXT_ACT.exec(rest);
        content = phraseAfter(next ? rest.slice(0, next.index) : rest, 0, 24);
      } else if (passive && subject.phrase && !/^(which|that|who)$/i.test(subject.phrase)) {
        // Keep what sits between subject and verb ("will not be"), minus commas and asides ("however").
        let middle = text.slice(subject.start + subject.phrase.length, at).replace(/^[\s,]*(which|who|that)\b/i, '');
        // "A director who took the money was sentenced": only the auxiliaries before the verb belong to it.
        const auxRun = /(?:\b(?:will|would|could|can|must|should|may|might|shall|not|be|been|being|was|were|is|are|has|have|had|never|also|later|then|now|however|still)\b[\s,]*)*$/i;
        const aux = auxRun.exec(middle)?.[0] ?? '';
        if (middle.trim() && !/^[\s,]*$/.test(middle.slice(0, middle.length - aux.length))) middle = aux;
        middle = middle.replace(/,?\s*\bhowever\b,?/gi, ' ').replace(/,/g, ' ');
        content = `${subject.phrase} ${middle} ${phraseAfter(text, at)}`;
      } else {
        content = phraseAfter(text, at);
      }
      out.push({ sentence: sentence.index, kind, verb, who, content: content.replace(/\s+/g, ' ').trim() });
    }
  });
  return out;
}
