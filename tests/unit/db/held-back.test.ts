import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import type { Player } from '@/lib/db/queries/attempts';
import { getAttempt } from '@/lib/server/attempt-view';
import { createAttempt, startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { createClass } from '@/lib/db/queries/classes';
import { getAnswerExport } from '@/lib/server/assignment-export';
import { getAssignmentResults } from '@/lib/server/assignment-results';
import { joinClass } from '@/lib/db/queries/students';
import { assignments } from '@/lib/db/schema';
import { guest, makeQuiz, makeTeacher, openAssignment, shownFor } from './helpers';

afterAll(closeDb);

/** Which dealt questions show what, by skill: `{ vocabulary: ['held-back', …], 'who-said': [...] }`. */
async function revealBySkill(id: string, player: Player, viewerUserId?: string) {
  const view = (await getAttempt({ id, player, asTeacher: !!viewerUserId, viewerUserId }))!;
  const out: Record<string, string[]> = {};
  for (const { question } of view.dealt) (out[question.skill] ??= []).push(view.reveal[question.id]!);
  for (const k of Object.keys(out)) out[k] = [...new Set(out[k])];
  return out;
}

describe('answers held back by an open assignment stay held back on every channel', () => {
  it('open play, another class’s results and its teacher’s view and export hide them until it closes; its own teacher sees them', async () => {
    const { slug, quizId } = await makeQuiz(4); // two vocabulary and two who-said questions
    // Ms Holt's class will do the vocabulary questions of this article, answers shown only once it closes.
    const holt = await makeTeacher('Holt');
    const holtClass = await createClass({ teacherId: holt.id, name: 'Holt 8A' });
    const held = (await createAssignment(openAssignment(holtClass.id, slug, holt.id, { skills: ['vocabulary'], revealAnswers: 'after-close' })))!;

    // 1. A student of hers plays the article in open play to collect the key first.
    const sneak = guest();
    const { id: openId } = (await createAttempt({ quizId, player: sneak, nickname: 'Sneak' }))!;
    await submitAttempt({ id: openId, player: sneak, shown: await shownFor(openId, sneak, (q) => q.answer), idempotencyKey: `sneak-${openId.slice(0, 12)}` });
    expect(await revealBySkill(openId, sneak)).toEqual({ vocabulary: ['held-back'], 'who-said': ['answer'] });

    // 2. Another class plays the same article with answers shown after submitting (a teacher account is free to make).
    const other = await makeTeacher('Other');
    const otherClass = await createClass({ teacherId: other.id, name: 'Other 8B' });
    const shown = (await createAssignment(openAssignment(otherClass.id, slug, other.id, { revealAnswers: 'after-submit' })))!;
    const joined = await joinClass({ code: otherClass.joinCode, nickname: 'Mole' });
    if (!joined.ok) throw new Error(joined.error);
    const mole = { studentId: joined.student.id };
    const started = await startAssignmentAttempt({ assignmentId: shown.id, studentId: joined.student.id, nickname: 'Mole' });
    if (!started?.ok) throw new Error('not started');
    await submitAttempt({ id: started.attemptId, player: mole, shown: await shownFor(started.attemptId, mole, (q) => q.answer), idempotencyKey: `mole-${started.attemptId.slice(0, 12)}` });
    expect(await revealBySkill(started.attemptId, mole)).toEqual({ vocabulary: ['held-back'], 'who-said': ['answer'] });
    // Its teacher's view of the attempt and the spreadsheet export hold them back too.
    expect(await revealBySkill(started.attemptId, {}, other.id)).toEqual({ vocabulary: ['held-back'], 'who-said': ['answer'] });
    const csv = (await getAnswerExport(other, { assignmentId: shown.id, timeZone: 'UTC' }))!;
    const [skill, right, correct] = ['skill', 'right answer', 'correct'].map((h) => csv.header.indexOf(h));
    expect(csv.rows.filter((r) => r[skill] === 'vocabulary').map((r) => [r[right], r[correct]])).toEqual([['held back', 'held back'], ['held back', 'held back']]);
    expect(csv.rows.filter((r) => r[skill] === 'who-said').every((r) => r[right] !== 'held back' && r[correct] === 'yes')).toBe(true);
    // So does its item analysis (a class of one student: a share of right answers is a verdict).
    const results = (await getAssignmentResults(other, { assignmentId: shown.id }))!;
    expect(results.questions.map((q) => [q.skill, q.correctShare]).sort()).toEqual([['vocabulary', null], ['vocabulary', null], ['who-said', 1], ['who-said', 1]]);
    expect(results.skills.map((k) => k.skill)).toEqual(['who-said']);

    // 3. Ms Holt herself, signed in, sees every answer.
    expect(await revealBySkill(openId, { userId: holt.id, guestId: sneak.guestId })).toEqual({ vocabulary: ['answer'], 'who-said': ['answer'] });

    // 4. Once her assignment has closed, everyone sees them.
    const db = await getDb();
    await db.update(assignments).set({ opensAt: new Date(Date.now() - 7_200_000), closesAt: new Date(Date.now() - 1_000) }).where(eq(assignments.id, held.id));
    expect(await revealBySkill(openId, sneak)).toEqual({ vocabulary: ['answer'], 'who-said': ['answer'] });
    expect(await revealBySkill(started.attemptId, mole)).toEqual({ vocabulary: ['answer'], 'who-said': ['answer'] });
  });

  it('an assignment that has not opened yet holds its answers back already', async () => {
    const { slug, quizId } = await makeQuiz(4);
    const t = await makeTeacher('Soon');
    const cls = await createClass({ teacherId: t.id, name: 'Soon 9C' });
    await createAssignment(openAssignment(cls.id, slug, t.id, { revealAnswers: 'after-close', opensAt: new Date(Date.now() + 86_400_000), closesAt: new Date(Date.now() + 2 * 86_400_000) }));
    const early = guest();
    const { id } = (await createAttempt({ quizId, player: early, nickname: 'Early' }))!;
    await submitAttempt({ id, player: early, shown: await shownFor(id, early, (q) => q.answer), idempotencyKey: `early-${id.slice(0, 12)}` });
    expect(await revealBySkill(id, early)).toEqual({ vocabulary: ['held-back'], 'who-said': ['held-back'] });
  });
});
