/**
 * Groups that act or speak ("Baldwin’s lawyers", "prosecutors", "the state") and unnamed speakers ("a man who
 * claimed ...").
 */
import type { Sentence } from './types';
import { tokensOf, isCapitalised } from './name-tokens';
import { hardBreak, tokenText } from './people-roles';
import { SPEECH_VERBS } from './speech-verbs';

export interface GroupHit {
  name: string;
  kind: 'group' | 'person';
  sentence: number;
}

/** Collectives that are parties in news stories: always kept, speaking or not. */
const PARTY_PLURALS = new Set(
  'prosecutors lawyers attorneys police officials authorities investigators detectives officers deputies jurors researchers scientists experts regulators lawmakers legislators critics'.split(' '),
);
/** Singular collectives that need "the" ("the state argued"). */
const PARTY_SINGULARS = new Set(['state', 'prosecution', 'defense', 'defence', 'government']);
/** Heads kept only when the group speaks ("Hutchins’ family said"). */
const SPEAKING_HEADS = new Set(['family', 'team', 'representatives', 'spokespeople', 'supporters', 'residents', 'parents', 'neighbors', 'neighbours', 'workers', 'employees', 'students', 'teachers', 'doctors', 'members']);
/** Words after "the state" that show it is the actor, not an adjective ("the state law"). */
const AFTER_STATE = /^(is|was|has|had|have|will|would|could|can|did|does|must|should|may|might|cannot|failed|argued|said|says|claimed|alleged|and|or|who|which|that)$/;
/** Unnamed single speakers. */
const UNNAMED = new RegExp(
  `\\b(a|an)\\s+(man|woman|person|boy|girl|witness|resident|neighbou?r|bystander|source|official|spokes(?:person|man|woman)|employee|worker|student|teacher|doctor|officer)((?:\\s+(?:for|of|at|from)\\s+(?:the\\s+)?[\\p{Ll}\\s-]{1,40}?)?)(?:,)?\\s+(?:who\\s+)?(${[...SPEECH_VERBS].join('|')})\\b`,
  'giu',
);

/** True when the word after index i (skipping "who", "also") is a verb of saying. */
function speaksAfter(words: string[], i: number): boolean {
  let k = i + 1;
  while (k < words.length && ['who', 'also', 'then', 'later', 'have', 'has', 'had'].includes(words[k])) k++;
  return k < words.length && SPEECH_VERBS.has(words[k]);
}

/** Group and unnamed-speaker mentions, one hit per mention, in reading order. */
export function findGroupHits(sentences: Sentence[]): GroupHit[] {
  const hits: GroupHit[] = [];
  for (const s of sentences) {
    const tokens = tokensOf(s);
    const words = tokens.map((t) => t.word.toLowerCase());
    tokens.forEach((t, i) => {
      const w = words[i];
      const prev = i > 0 ? tokens[i - 1] : null;
      const owner = prev && prev.possessive && isCapitalised(prev.word) && !hardBreak(prev) ? prev : null;
      if (owner && (PARTY_PLURALS.has(w) || (SPEAKING_HEADS.has(w) && speaksAfter(words, i)))) {
        hits.push({ name: `${tokenText(s.text, owner)} ${t.word}`, kind: 'group', sentence: s.index });
      } else if (PARTY_PLURALS.has(w) && !(prev && prev.possessive)) {
        hits.push({ name: t.word.toLowerCase(), kind: 'group', sentence: s.index });
      } else if (PARTY_SINGULARS.has(w) && words[i - 1] === 'the') {
        const next = words[i + 1];
        if (hardBreak(t) || next === undefined || AFTER_STATE.test(next) || SPEECH_VERBS.has(next)) {
          hits.push({ name: `the ${w}`, kind: 'group', sentence: s.index });
        }
      }
    });
    for (const m of s.text.matchAll(UNNAMED)) {
      if (SPEECH_VERBS.has(m[4].toLowerCase())) {
        hits.push({ name: `${m[1].toLowerCase()} ${m[2].toLowerCase()}${m[3].replace(/\s+/g, ' ').trimEnd()}`, kind: 'person', sentence: s.index });
      }
    }
  }
  return hits;
}
