import type { Person, Sentence, Statement } from './types';
import { resolvePerson, personMentions } from './person-ref';
import { subjectBefore, phraseAfter, nounPhraseAfter, PRONOUNS } from './clause';
import { readAccording } from './according';

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
const lower = (s: string) => s.toLowerCase().replace(/’/g, "'");
const VERB_RE = new RegExp(`\\b(${[...RECORD_VERBS, ...CLAIM_VERBS].join('|')})\\b`, 'gi');
/** A court or judge denying something is a ruling, not a denial of a claim. */
const COURT = /\b(judge|court|justice|jury|panel|tribunal|commission|board)\b/i;

/**
 * Who a subject phrase names. "he"/"she" is the latest person named earlier in the same sentence, else the subject
 * (first person named) of the nearest earlier sentence that names one; "they" looks for a group the same way.
 */
function resolveWho(phrase: string, people: Person[], before: string, earlier: string[]): string | null {
  if (!phrase) return null;
  const bare = phrase.toLowerCase();
  if (PRONOUNS.has(bare)) {
    const fits = (p: Person) => (bare === 'they' ? p.kind === 'group' : p.kind === 'person');
    const here = personMentions(before, people).filter((m) => fits(m.person));
    if (here.length) return here[here.length - 1].person.name;
    for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 3); i--) {
      const hit = personMentions(earlier[i], people).find((m) => fits(m.person));
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
    const text = sentence.text;
    const earlier = sentences.slice(Math.max(0, i - 3), i).map((x) => x.text);
    let lastWho: string | null = null;
    for (const m of text.matchAll(VERB_RE)) {
      const verb = m[0].toLowerCase();
      const at = m.index;
      const after = at + m[0].length;
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
        const upto = lower(text.slice(0, subject.start + subject.phrase.length));
        const fuller = subject.phrase ? people.find((p) => p.name.length > subject.phrase.length && upto.endsWith(lower(p.name))) : undefined;
        if (fuller) who = fuller.name;
        lastWho = who;
      }
      const kind: Statement['kind'] =
        RECORD.has(verb) || ((verb === 'denied' || verb === 'denies') && COURT.test(subject.phrase)) ? 'record' : 'claim';
      let content: string;
      if (kind === 'claim') {
        content = phraseAfter(text.slice(after).replace(/^\s*(that\s+)?/i, ''), 0, 24);
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
