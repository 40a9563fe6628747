import type { Article } from '../article/types';
import type { Analysis } from '../analysis/types';
import { glossary as curated } from '../glossary/lookup';
import type { GenContext, GlossaryEntry, Generator } from './context';
import type { Question, QuestionKind } from './types';
import { checkQuestion } from './check';
import { containsWords, norm } from './util';
import { capPerSkill, dropGiveaways, spreadKeys } from './balance';
import { vocabularyQuestions } from './generators/vocabulary';
import { whoSaidQuestions } from './generators/who-said';
import { whoIsQuestions } from './generators/who-is';
import { timelineQuestions } from './generators/timeline';
import { recordOrClaimQuestions } from './generators/record-or-claim';
import { claimDenialQuestions } from './generators/claim-denial';
import { sourceQuestions } from './generators/source';
import { spotErrorQuestions } from './generators/spot-error';
import { numbersQuestions } from './generators/numbers';
import { kindQuestions } from './kinds/index';
import { oneQuiz, sameSpeech } from './one-quiz';
import { farSpeaker, garbledStem, gendersTheBlank, mixedOptions } from './wording';
import { gendersTheOptions } from './gender';

/** In SKILLS order, so the bank's order is stable. */
const GENERATORS: Generator[] = [
  vocabularyQuestions,
  whoSaidQuestions,
  whoIsQuestions,
  timelineQuestions,
  recordOrClaimQuestions,
  claimDenialQuestions,
  sourceQuestions,
  spotErrorQuestions,
  numbersQuestions,
];

/**
 * Two "when" questions over the same dates: the key of each is a distractor of the other, so answering one
 * answers part of the other (the seventh blind review failed such a pair). The first made, the better, stays.
 */
export function sameDates(a: Question, b: Question): boolean {
  // Dates as options ("12 April 2011", "March 2021", "1999"), not events ("which happened first?" and "last?" share theirs).
  const dates = (q: Question) => q.skill === 'timeline' && q.options.length >= 3 && q.options.every((o) => /^(?:\d{1,2} )?(?:\p{L}+ )?\d{4}$/u.test(o));
  if (!dates(a) || !dates(b)) return false;
  const set = (q: Question) => [...q.options].map(norm).sort().join('|');
  return set(a) === set(b);
}

/**
 * All sound questions for an article, in a deterministic order: every generator's output, minus questions that
 * fail checkQuestion and duplicates (same prompt, or same skill + evidence + answer), with each skill capped
 * (capPerSkill) so the bank stays varied, without questions another one gives away (dropGiveaways), and with each
 * skill's keys spread over the option positions (spreadKeys). With `kinds` beyond `choice`, the items of those
 * kinds follow (evidence, two-part, order, multi: lib/quiz/kinds), some made from the checked choice questions.
 * Only `choice` unless asked: a bank is stored and dealt, and only what can be stored and played is made. A teacher
 * reviews and prints the whole bank, so no item repeats another or prints its answer (oneQuiz: of two, the two-part
 * item is kept over the choice question that is its part A, and so on).
 */
export function generateQuestions(
  article: Article,
  analysis: Analysis,
  options: { glossary?: GlossaryEntry[]; kinds?: readonly QuestionKind[] } = {},
): Question[] {
  const ctx: GenContext = { article, analysis, glossary: options.glossary ?? (curated as GlossaryEntry[]) };
  const out: Question[] = [];
  const prompts = new Set<string>();
  const asks = new Set<string>();
  const ids = new Set<string>();
  for (const generate of GENERATORS) {
    for (const q of generate(ctx)) {
      if (checkQuestion(q, analysis).length > 0 || printsMisspelling(q, analysis) || mixedOptions(q) || gendersTheBlank(q) || gendersTheOptions(q.prompt, q.options, analysis)) continue;
      const p = norm(q.prompt);
      const a = `${q.skill}|${q.evidence.join(',')}|${norm(q.options[q.answer])}`;
      // One speech, one who-said question: its quotations all rest on the sentence that names the speaker.
      if (prompts.has(p) || asks.has(a) || ids.has(q.id) || out.some((o) => sameSpeech(o, q) || sameDates(o, q))) continue;
      prompts.add(p);
      asks.add(a);
      ids.add(q.id);
      out.push(q);
    }
  }
  const names = analysis.people.flatMap((p) => [p.name, ...p.aliases]);
  // One quiz already among the choice questions (one person settled by one sentence, one's key another's option):
  // the two-part items take their part A from the questions the bank keeps.
  const choice = oneQuiz(spreadKeys(capPerSkill(dropGiveaways(out, names))));
  const kinds = options.kinds ?? ['choice'];
  // The bank is reviewed and printed whole, so it is one quiz: no item repeats another or prints its answer.
  return oneQuiz([...(kinds.includes('choice') ? choice : []), ...kindQuestions(ctx, choice, kinds).filter((q) => !printsMisspelling(q, analysis) && !mixedOptions(q) && !garbledStem(q) && !farSpeaker(q))]);
}

/**
 * A question that prints one of the article's misspellings in its stem or options, other than the spot-the-error
 * question that asks about it: the quiz would repeat the error as if it were right (the fifth review's "recieved").
 */
function printsMisspelling(q: Question, analysis: Analysis): boolean {
  if (q.skill === 'spot-error' || analysis.spelling.length === 0) return false;
  const shown = [q.prompt, q.partB?.prompt ?? '', ...q.options].join(' ');
  return analysis.spelling.some((s) => containsWords(shown, s.word));
}
