import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, opening, label, type Draft } from '../util';

/** Numbers near `n` but clearly different from it (at least `gap` apart), all positive. */
function nearby(n: number, gap: number): number[] {
  const out = [n - gap, n + gap, n + 2 * gap, n - 2 * gap, n + 3 * gap].filter((x) => x > 0);
  return out.slice(0, 3).sort((a, b) => a - b);
}

/** Openings of sentences, widened until they differ, so each option names exactly one sentence. */
function distinctOpenings(texts: string[]): string[] {
  for (let words = 5; words <= 12; words++) {
    const ops = texts.map((t) => opening(t, words));
    if (new Set(ops).size === ops.length) return ops;
  }
  return texts.map((t) => `“${t}”`);
}

/**
 * Text statistics a reader can check by counting: the longest sentence, the sentence count, the average sentence
 * length (words and sentences are shown in the text facts). No reading-grade question: no student can work a
 * readability formula out from the page.
 */
export function statisticsQuestions(ctx: GenContext): Question[] {
  const { sentences, stats } = ctx.analysis;
  const drafts: Draft[] = [];
  const all = sentences.map((s) => s.index);
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
  if (sentences.length >= 3) {
    const n = stats.sentences;
    drafts.push({
      skill: 'statistics',
      prompt: 'How many sentences does the body of the article have? (Headings do not count.)',
      answer: String(n),
      distractors: nearby(n, Math.max(3, Math.round(n * 0.2))).map(String),
      evidence: all,
      explanation:
        `Count the full stops, question marks and exclamation marks that end a sentence, plus any sentence ending ` +
        `in a colon that introduces a quote. Headings are titles, not sentences. The article has ${n} sentences, ` +
        `from ${opening(sentences[0].text, 4)} to ${opening(sentences[sentences.length - 1].text, 4)}.`,
      difficulty: 2,
    });
    const avg = Math.round(stats.averageSentenceWords);
    drafts.push({
      skill: 'statistics',
      prompt: 'About how many words long is an average sentence in this article?',
      answer: String(avg),
      distractors: nearby(avg, Math.max(4, Math.round(avg * 0.3))).map(String),
      evidence: all,
      explanation:
        `Divide the number of words by the number of sentences: ${stats.words} words ÷ ${stats.sentences} sentences ` +
        `≈ ${stats.averageSentenceWords.toFixed(1)}, so about ${avg}. Most easy-to-read news uses 15 to 20 words a sentence.`,
      difficulty: 2,
    });
  }
  return drafts.map(finish).filter((q): q is Question => q !== null);
}
