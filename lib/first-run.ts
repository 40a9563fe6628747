import type { TeacherProgress } from './db/queries/teacher-progress';

/** The cookie that remembers a teacher hid the first-run checklist on Teach (its value is their user id). */
export const CHECKLIST_COOKIE = 'fq_checklist_hidden';

export type FirstRunStep = 'class' | 'article' | 'assign' | 'share';

/**
 * The four first steps and whether each is done, from the teacher's own rows: a class; an article (one pasted, or
 * one picked from the library, which shows as an assignment); an assignment; a student who joined with the code.
 */
export function firstRunSteps(p: TeacherProgress): { step: FirstRunStep; done: boolean }[] {
  return [
    { step: 'class', done: p.classes > 0 },
    { step: 'article', done: p.ownArticles > 0 || p.assignments > 0 },
    { step: 'assign', done: p.assignments > 0 },
    { step: 'share', done: p.students > 0 },
  ];
}
