import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, opening, label, type Draft } from '../util';

/** Openings of sentences, widened until they differ, so each option names exactly one sentence. */
function distinctOpenings(texts: string[]): string[] {
  for (let words = 5; words <= 12; words++) {
    const ops = texts.map((t) => opening(t, words));
    if (new Set(ops).size === ops.length) return ops;
  }
  return texts.map((t) => `“${t}”`);
}

/**
 * Text statistics a reader can check on the page: which of four sentences is the longest, with the next ones
 * clearly shorter. No sentence count (busywork, and "U.S." fools the full-stop rule), no average length and no
 * reading grade: a formula is not something a student reads off the text.
 */
export function statisticsQuestions(ctx: GenContext): Question[] {
  const { sentences, stats } = ctx.analysis;
  const drafts: Draft[] = [];
  if (sentences.length >= 4) {
    const longest = sentences[stats.longestSentence];
    // Distractors are the next-longest sentences that are still clearly shorter, so counting settles it.
    const others = sentences
      .filter((s) => s.index !== longest.index && s.words <= longest.words - 3)
      .sort((a, b) => b.words - a.words || a.index - b.index)
      .slice(0, 3);
    if (others.length >= 2) {
      const ops = distinctOpenings([longest.text, ...others.map((s) => s.text)]);
      const counts = others.map((s, i) => `${ops[i + 1]} has ${s.words}`).join(', ');
      drafts.push({
        skill: 'statistics',
        prompt: 'Which of these sentences from the article is the longest, counting words?',
        answer: ops[0],
        distractors: ops.slice(1),
        evidence: [longest.index, ...others.map((s) => s.index)],
        explanation:
          `Count the words in each sentence: a word is anything between spaces that has a letter or a digit. ` +
          `${ops[0]} (${label(longest.index)}) has ${longest.words} words; ${counts}. ` +
          `Long sentences pack in many facts, so they are worth reading twice.`,
        difficulty: 2,
      });
    }
  }
  return drafts.map(finish).filter((q): q is Question => q !== null);
}
