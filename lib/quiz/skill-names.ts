import type { Skill } from './types';

/** What each skill is called on screen. */
export const SKILL_NAMES: Record<Skill, string> = {
  statistics: 'Text statistics',
  vocabulary: 'Words in context',
  'who-said': 'Who said it',
  'who-is': 'Who is this',
  timeline: 'When it happened',
  'record-or-claim': 'Record or claim',
  source: 'Where it comes from',
  'spot-error': 'Spot the error',
  numbers: 'Numbers in the news',
};
