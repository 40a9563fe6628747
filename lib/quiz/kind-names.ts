import type { QuestionKind } from './types';

/** What each kind of question is called on screen (the assignment form, the teacher's results, the CSV). */
export const KIND_NAMES: Record<QuestionKind, string> = {
  choice: 'One answer',
  evidence: 'Find the proof (select a sentence)',
  'two-part': 'Two-part: answer, then the sentence that proves it',
  order: 'Put in order',
  multi: 'Several answers',
};
