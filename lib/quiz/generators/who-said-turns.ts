import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label } from '../util';
import { mentions } from '../people';
import type { Analysis } from '../../analysis/types';

/** Openings that lean on the sentence before ("It", "That is why", "Yes"): out of context they do not stand alone. */
const LEANS = /^(it|its|it’s|it's|that|this|these|those|they|them|he|she|his|her|there|yes|no|so|but|and|or|well|oh|also|then|which|because|as|again)\b/i;
/** Turn labels that say more than they ask: at least half of their sentences are not questions. */
export function guests(speakers: Array<string | null>, sentences: Analysis['sentences']): string[] {
  const said = new Map<string, { all: number; asked: number }>();
  for (const s of sentences) {
    const who = speakers[s.paragraph];
    if (!who) continue;
    const n = said.get(who) ?? { all: 0, asked: 0 };
    n.all++;
    if (/\?["”’]?$/.test(s.text.trim())) n.asked++;
    said.set(who, n);
  }
  return [...said].filter(([, n]) => n.asked * 2 < n.all).map(([who]) => who);
}

/** At most this many sentences of one speaker are asked about: more would make the quiz about the format. */
const PER_SPEAKER = 2;

/**
 * Who says it, in an interview with three or more speakers: a sentence from one turn, with the interview's speakers
 * (the turn labels) and the people the text introduces as options. Only sentences that stand on their own are asked about: a statement of
 * 8 to 30 words, not a question, that names nobody who is an option.
 */
export function whoSaidTurnQuestions(ctx: GenContext): Question[] {
  const { article, analysis } = ctx;
  // The interviewer only asks: their label is no answer anyone would weigh against the guests', so it is
  // neither asked about nor offered. Nor is anyone the text only mentions: they never speak in it.
  const labels = guests(article.speakers ?? [], analysis.sentences);
  if (labels.length < 3) return [];
  const options = labels;
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
    if (!labels.includes(speaker)) continue;
    // The other guests take turns as options, so no guest is always the odd one in.
    const others = labels.filter((l) => l !== speaker);
    const k = out.length % others.length;
    const q = finish({
      skill: 'who-said',
      prompt: `In this interview, who says: “${excerpt(text, 40)}”?`,
      answer: speaker,
      distractors: [...others.slice(k), ...others.slice(0, k)],
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
