import type { Person, Sentence, Statement } from './types';
import { resolvePerson, personMentions } from './person-ref';
import { subjectBefore, phraseAfter, nounPhraseAfter, PRONOUNS } from './clause';

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
  'warned', 'wrote', 'posted', 'tweeted', 'shared that', 'believes', 'blamed',
];
const RECORD = new Set(RECORD_VERBS);
const VERB_RE = new RegExp(`\\b(${[...RECORD_VERBS, ...CLAIM_VERBS].join('|')})\\b`, 'gi');
/** A court or judge denying something is a ruling, not a denial of a claim. */
const COURT = /\b(judge|court|justice|jury|panel|tribunal|commission|board)\b/i;

function resolveWho(phrase: string, people: Person[], before: string, prevSentence: string): string | null {
  if (!phrase) return null;
  const bare = phrase.toLowerCase();
  if (PRONOUNS.has(bare)) {
    // A pronoun points back to the nearest person named before it, in this sentence or the one before.
    const here = personMentions(before, people);
    const there = personMentions(prevSentence, people);
    const hit = here[here.length - 1] ?? there[there.length - 1];
    return hit ? hit.person.name : null;
  }
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
    const prev = sentences[i - 1]?.text ?? '';
    let lastWho: string | null = null;
    for (const m of text.matchAll(VERB_RE)) {
      const verb = m[0].toLowerCase();
      const at = m.index;
      const after = at + m[0].length;
      if (verb === 'according to') {
        const source = nounPhraseAfter(text, after);
        const rest = (text.slice(0, at) + text.slice(after + text.slice(after).indexOf(source) + source.length))
          .replace(/^[\s,]+|[\s,]+$/g, '');
        const who = source ? (resolvePerson(source, people)?.name ?? source) : null;
        out.push({ sentence: sentence.index, kind: 'claim', verb, who, content: phraseAfter(rest, 0, 20) });
        continue;
      }
      const subject = subjectBefore(text, at);
      const byAgent = /^\s+by\s/i.exec(text.slice(after));
      const passive = subject.passive || (!!byAgent && RECORD.has(verb));
      let who: string | null;
      if (passive) {
        who = byAgent ? resolveWho(nounPhraseAfter(text, after + byAgent[0].length), people, '', '') : null;
      } else {
        who = subject.phrase ? resolveWho(subject.phrase, people, text.slice(0, subject.start), prev) : lastWho;
        lastWho = who;
      }
      const kind: Statement['kind'] =
        RECORD.has(verb) || ((verb === 'denied' || verb === 'denies') && COURT.test(subject.phrase)) ? 'record' : 'claim';
      let content: string;
      if (kind === 'claim') {
        content = phraseAfter(text.slice(after).replace(/^\s*(that\s+)?/i, ''), 0, 24);
      } else if (passive && subject.phrase && !/^(which|that|who)$/i.test(subject.phrase)) {
        // Keep what sits between subject and verb ("will not be"), minus commas and asides ("however").
        const middle = text.slice(subject.start + subject.phrase.length, at).replace(/^[\s,]*(which|who|that)\b/i, '').replace(/,?\s*\bhowever\b,?/gi, ' ').replace(/,/g, ' ');
        content = `${subject.phrase} ${middle} ${phraseAfter(text, at)}`;
      } else {
        content = phraseAfter(text, at);
      }
      out.push({ sentence: sentence.index, kind, verb, who, content: content.replace(/\s+/g, ' ').trim() });
    }
  });
  return out;
}
