import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm } from '../util';
import { byProminence, mentions } from '../people';
import { isNamed } from '../../analysis/people';

/** Openings that lean on the sentence before ("It", "That is why", "Yes"): out of context they do not stand alone. */
const LEANS = /^(it|its|it’s|it's|that|this|these|those|they|them|he|she|his|her|there|yes|no|so|but|and|or|well|oh|also|then|which|because|as|again)\b/i;
/** At most this many sentences of one speaker are asked about: more would make the quiz about the format. */
const PER_SPEAKER = 2;

/**
 * Who says it, in an interview with three or more speakers: a sentence from one turn, with the interview's speakers
 * (the turn labels) and the people the text introduces as options. Only sentences that stand on their own are asked about: a statement of
 * 8 to 30 words, not a question, that names nobody who is an option.
 */
export function whoSaidTurnQuestions(ctx: GenContext): Question[] {
  const { article, analysis } = ctx;
  const labels = [...new Set((article.speakers ?? []).filter((x): x is string => x !== null))];
  // With only an interviewer and one guest, the question is a coin toss between them (other people named in the
  // text never speak in it): ask only when three or more people take turns.
  if (labels.length < 3) return [];
  // Other people as options only when the article says who they are or names them twice: a one-off capitalised
  // phrase may be a product or a place.
  const named = byProminence(analysis.people)
    .filter((p) => isNamed(p) && (p.roles.length > 0 || p.mentions.length >= 2))
    .map((p) => p.name);
  const options = [...labels, ...named.filter((n) => !labels.some((l) => norm(l) === norm(n)))];
  if (options.length < 3) return [];
  const asked = new Map<string, number>();
  const out: Question[] = [];
  for (const s of analysis.sentences) {
    const speaker = article.speakers?.[s.paragraph] ?? null;
    if (!speaker || (asked.get(speaker) ?? 0) >= PER_SPEAKER) continue;
    const text = s.text.trim();
    if (s.words < 8 || s.words > 30 || !/[.!]["”’]?$/.test(text) || LEANS.test(text) || /["“”]/.test(text)) continue;
    // A sentence that names a person among the options ("I told Smith …") would point at or away from them.
    if (analysis.people.some((p) => options.includes(p.name) && mentions(text, p))) continue;
    if (options.some((o) => text.toLowerCase().includes(o.toLowerCase().split(/\s+/).pop() ?? ''))) continue;
    const others = labels.filter((l) => l !== speaker);
    const q = finish({
      skill: 'who-said',
      prompt: `In this interview, who says: “${excerpt(text, 40)}”?`,
      answer: speaker,
      distractors: [...others, ...options.filter((o) => o !== speaker && !others.includes(o))],
      evidence: [s.index],
      explanation:
        `${label(s.index)} is in a turn that opens with “${speaker}:”. In an interview the name before the colon ` +
        `tells you who is speaking until the next name: these are ${speaker}’s words, not ${others.length > 1 ? 'the other speakers’' : `${others[0]}’s`}.`,
      difficulty: 2,
    });
    if (!q) continue;
    out.push(q);
    asked.set(speaker, (asked.get(speaker) ?? 0) + 1);
  }
  return out;
}
