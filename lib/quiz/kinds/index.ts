import type { Analysis } from '../../analysis/types';
import type { GenContext } from '../context';
import type { Question, QuestionKind } from '../types';
import { checkQuestion } from '../check';
import { evidenceQuestions } from './evidence';
import { readBackEvidence, twoPartQuestions } from './two-part';
import { orderQuestions } from './order';
import { multiQuestions } from './multi';
import { ownPartAs } from './part-a';
import { silent, type Note } from './notes';
import { clash, datesEventOf } from '../one-quiz';

/** The two-part items an article gets before the evidence items choose their facts (the issue asks for two). */
const MIN_TWO_PART = 2;
/** The most two-part who-said items asked as "find the proof" instead (see kindQuestions). */
const READ_BACK = 2;

/**
 * Problems that make an item of a kind other than `choice` unsound (empty when it is fine): its key fits its
 * options and the article, and the shared checks hold (a prompt, evidence that exists, a teaching explanation).
 */
export function checkKind(q: Question, analysis: Analysis): string[] {
  const n = analysis.sentences.length;
  const inArticle = (xs: number[]) => xs.length > 0 && new Set(xs).size === xs.length && xs.every((i) => Number.isInteger(i) && i >= 0 && i < n);
  const key = q.key;
  const shared = checkQuestion({ ...q, options: ['a', 'b', 'c'], answer: 0 }, analysis).filter((p) => p !== 'the prompt contains the answer');
  const problems = [...shared];
  if (q.answer !== -1 && q.kind !== 'two-part') problems.push('answer must be -1 (the key says it)');
  switch (q.kind) {
    case 'evidence':
      if (key?.kind !== 'sentences' || key.within !== n || !inArticle(key.sentences) || key.sentences.length > 2) problems.push('bad sentences key');
      if (q.options.length !== 0) problems.push('an evidence item has no options');
      if (key?.kind === 'sentences' && key.sentences.length === 2 && !/^Select two sentences\./.test(q.prompt)) problems.push('two sentences, not said');
      break;
    case 'two-part':
      if (key?.kind !== 'two-part' || key.answer !== q.answer || key.options !== q.options.length || key.within !== n || !inArticle(key.sentences)) problems.push('bad two-part key');
      problems.push(...checkQuestion(q, analysis));
      if (!q.partB?.prompt) problems.push('no part B');
      break;
    case 'order': {
      const order = key?.kind === 'order' ? key.order : [];
      if (q.options.length < 3 || q.options.length > 5 || order.length !== q.options.length || new Set(order).size !== order.length || !order.every((i) => i >= 0 && i < q.options.length)) {
        problems.push('bad order key');
      }
      break;
    }
    case 'multi': {
      const answers = key?.kind === 'several' ? key.answers : [];
      if (key?.kind !== 'several' || key.options !== q.options.length || q.options.length < 3 || q.options.length > 4) problems.push('bad several key');
      if (answers.length < 2 || answers.length >= q.options.length || new Set(answers).size !== answers.length) problems.push('bad number of answers');
      if (!/\bPick two\.$/.test(q.prompt) || answers.length !== 2) problems.push('the prompt must say how many to pick');
      if (new Set(q.options).size !== q.options.length) problems.push('options are not distinct');
      break;
    }
    default:
      problems.push(`unknown kind ${q.kind}`);
  }
  return [...new Set(problems)];
}

/**
 * The items of the kinds other than `choice`, made from the article and from the checked choice bank (two-part
 * items and claims-or-record picks reuse its questions): those of `kinds` among evidence, two-part, order and
 * multi, each checked.
 */
export function kindQuestions(ctx: GenContext, bank: Question[], kinds: readonly QuestionKind[], note: Note = silent): Question[] {
  const want = (k: QuestionKind) => kinds.includes(k);
  // The bank is one quiz (lib/quiz/one-quiz.ts): no two items ask one fact, so each fact goes to one kind. The
  // scarce kinds choose first (an article has one order item and a few several-answer items), then two two-part
  // items, then the evidence items, then more two-part items on facts still free: the bar per article
  // (3 evidence, 2 two-part, 1 order, 1 several-answer) before more of one kind.
  const order = want('order') ? orderQuestions(ctx) : [];
  // A pick over the same events as the order item, or over another pick's statements, is not made at all.
  const multi = (want('multi') ? multiQuestions(ctx, bank, note) : []).reduce<Question[]>((kept, q) => ([...order, ...kept].some((k) => clash(k, q)) ? kept : [...kept, q]), []);
  // An event of the order item is not dated by an evidence or two-part item too: dated one by one, the events give
  // the order away (one-quiz.ts orderRepeats), so those items ask other facts.
  const askedBy = (items: Question[]) => (q: Question) => items.some((o) => clash(o, q) || datesEventOf(o, q));
  const partAs = [...bank, ...ownPartAs(ctx, bank)].filter((q) => !askedBy([...order, ...multi])(q));
  const twoParts = want('two-part') ? twoPartQuestions(ctx.analysis, partAs, note) : [];
  // A two-part who-said item whose proof is two sentences (the words in one, the speaker named in the other) is asked
  // as "find the proof" instead, while two two-part items stay: the student reads back to the speaker, which a
  // one-sentence "who said …" never asks. The same fact, so it is asked once.
  const readBack: Question[] = [];
  const moved = new Set<string>();
  if (want('evidence')) {
    for (const q of twoParts) {
      if (readBack.length >= READ_BACK || twoParts.length - moved.size <= MIN_TWO_PART) break;
      const item = readBackEvidence(ctx.analysis, q);
      if (!item || readBack.some((o) => clash(o, item))) continue;
      readBack.push(item);
      moved.add(q.id);
    }
  }
  const kept = twoParts.filter((q) => !moved.has(q.id));
  const firstTwo = kept.slice(0, MIN_TWO_PART);
  const found = want('evidence') ? evidenceQuestions(ctx, note, askedBy([...order, ...multi, ...firstTwo, ...readBack])) : [];
  const evidence = [...found, ...readBack];
  const twoPart = [...firstTwo, ...kept.slice(MIN_TWO_PART).filter((q) => !askedBy(evidence)(q))];
  const items = [...evidence, ...twoPart, ...order, ...multi];
  return items.filter((q) => {
    const problems = checkKind(q, ctx.analysis);
    if (problems.length > 0) note(`${q.kind}/${q.skill}`, `failed the checks (${problems.join('; ')}): ${q.prompt}`);
    return problems.length === 0;
  });
}
