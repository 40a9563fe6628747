import type { Analysis } from '../analysis/types';
import { SKILLS, type Question } from './types';
import { containsWords, norm } from './util';

/**
 * Problems that make a question unsound (empty when it is fine): 3-4 distinct options, an answer in range,
 * evidence sentences that exist, a teaching explanation, and a prompt that does not contain its answer.
 */
export function checkQuestion(q: Question, analysis: Analysis): string[] {
  const problems: string[] = [];
  if (!SKILLS.includes(q.skill)) problems.push(`unknown skill ${q.skill}`);
  if (!q.id) problems.push('no id');
  if (!q.prompt.trim()) problems.push('empty prompt');
  if (q.options.length < 3 || q.options.length > 4) problems.push(`${q.options.length} options (need 3 or 4)`);
  if (q.options.some((o) => !norm(o))) problems.push('an empty option');
  if (new Set(q.options.map(norm)).size !== q.options.length) problems.push('options are not distinct');
  if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length) problems.push('answer out of range');
  if (q.evidence.length === 0) problems.push('no evidence');
  if (q.evidence.some((i) => !Number.isInteger(i) || i < 0 || i >= analysis.sentences.length)) {
    problems.push('evidence points to a missing sentence');
  }
  if (q.explanation.trim().length < 20) problems.push('explanation missing or too short');
  if (![1, 2, 3].includes(q.difficulty)) problems.push('difficulty out of range');
  const answer = q.options[q.answer];
  if (answer && containsWords(q.prompt, answer)) problems.push('the prompt contains the answer');
  return problems;
}
