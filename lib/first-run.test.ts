import { describe, expect, it } from 'vitest';
import { firstRunSteps } from './first-run';

const none = { classes: 0, ownArticles: 0, assignments: 0, students: 0 };
const doneOf = (p: typeof none) => firstRunSteps(p).filter((s) => s.done).map((s) => s.step);

describe('first-run checklist', () => {
  it('has nothing done for a new teacher', () => expect(doneOf(none)).toEqual([]));
  it('ticks the class alone once one exists', () => expect(doneOf({ ...none, classes: 1 })).toEqual(['class']));
  it('counts a pasted article as picked', () => expect(doneOf({ ...none, classes: 1, ownArticles: 1 })).toEqual(['class', 'article']));
  it('counts a library article as picked once it is assigned', () => expect(doneOf({ ...none, classes: 1, assignments: 1 })).toEqual(['class', 'article', 'assign']));
  it('ticks sharing when a student has joined', () => expect(doneOf({ classes: 2, ownArticles: 0, assignments: 3, students: 5 })).toHaveLength(4));
});
