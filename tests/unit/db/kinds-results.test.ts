import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareWithContent } from '@/lib/server/seed-content';
import { closeDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import type { ShownAnswer } from '@/lib/quiz/sheet';
import { getAnswerExport, getKindSummary } from '@/lib/server/assignment-export';
import { getAssignmentResults } from '@/lib/server/assignment-results';
import { getAttempt } from '@/lib/server/attempt-view';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import type { QuestionKind, Skill } from '@/lib/quiz/types';
import { makeKindsQuiz, makeTeacher, openAssignment, rightShown } from './helpers';

// Migrating and seeding a fresh database can take half a minute on a busy machine: a hook's time, not a test's.
beforeAll(prepareWithContent, 180_000);
afterAll(closeDb);

const ALL_SKILLS: Skill[] = ['who-said', 'timeline', 'record-or-claim', 'who-is'];

/** A class doing the kinds quiz, with the kinds the teacher chose. */
async function classroom(nicknames: string[], kinds: QuestionKind[] | null) {
  const { slug } = await makeKindsQuiz();
  const teacher = await makeTeacher('Kay');
  const cls = await createClass({ teacherId: teacher.id, name: 'Kay 8C' });
  const kids = [];
  for (const nickname of nicknames) {
    const joined = await joinClass({ code: cls.joinCode, nickname });
    if (!joined.ok) throw new Error(joined.error);
    kids.push(joined.student);
  }
  const assignment = (await createAssignment(openAssignment(cls.id, slug, teacher.id, { questionCount: 10, skills: ALL_SKILLS, kinds })))!;
  return { teacher, kids, assignment };
}

/** Starts and submits a student's attempt, answering each question with `answer` (right unless it says otherwise). */
async function play(assignmentId: string, student: { id: string; nickname: string }, answer: (qid: string, order: number[]) => ShownAnswer | undefined = () => undefined) {
  const started = await startAssignmentAttempt({ assignmentId, studentId: student.id, nickname: student.nickname });
  if (!started?.ok) throw new Error('no start');
  const player = { studentId: student.id };
  const view = (await getAttempt({ id: started.attemptId, player }))!;
  const shown = Object.fromEntries(view.dealt.map(({ question, order }) => [question.id, answer(question.id, order) ?? rightShown(question, order)]));
  const result = await submitAttempt({ id: started.attemptId, player, shown, idempotencyKey: `k-${started.attemptId.slice(0, 20)}` });
  return { view, result };
}

describe('an assignment of the new kinds', () => {
  it('deals only the kinds the teacher chose', async () => {
    const { kids, assignment } = await classroom(['Ana'], ['order', 'multi']);
    expect(assignment.kinds).toEqual(['order', 'multi']);
    const { view, result } = await play(assignment.id, kids[0]);
    expect(view.dealt.map((d) => d.question.kind).sort()).toEqual(['multi', 'order']);
    expect(result).toMatchObject({ ok: true, score: 2, maxScore: 2 });
  });

  it('shows the teacher, per kind, the share right, the partial credit and the most chosen wrong sentence or order', async () => {
    const { teacher, kids, assignment } = await classroom(['Bo', 'Cy', 'Di'], null);
    await play(assignment.id, kids[0]); // all right
    const wrong = (qid: string, order: number[]): ShownAnswer | undefined => {
      const shown = (c: number) => order.indexOf(c);
      if (qid === 'k-evidence') return { sentences: [2] };
      if (qid === 'k-order') return { order: [1, 0, 2, 3].map(shown) }; // neighbours 1-0 wrong, 0-2 wrong, 2-3 right
      if (qid === 'k-two-part') return { option: shown(0), sentences: [4] };
      return undefined;
    };
    await play(assignment.id, kids[1], wrong);
    await play(assignment.id, kids[2], wrong);

    const results = (await getAssignmentResults(teacher, { assignmentId: assignment.id }))!;
    const kind = Object.fromEntries(results.kinds.map((k) => [k.kind, k]));
    expect(kind.evidence).toMatchObject({ answered: 3, correctShare: 1 / 3, partialCredit: 1 / 3, commonWrong: 'sentence 3: “Engineers found cracks on 10 February.”' });
    expect(kind.order).toMatchObject({ answered: 3, correctShare: 1 / 3, commonWrong: 'Bridge closed → Cracks found → Council met → Contractors charged' });
    expect(kind.order.partialCredit).toBeCloseTo((1 + 1 / 3 + 1 / 3) / 3);
    expect(kind['two-part']).toMatchObject({ correctShare: 1 / 3, partialCredit: (1 + 0.5 + 0.5) / 3, commonWrong: expect.stringMatching(/^part B: sentence 5: /) });
    expect(kind.multi).toMatchObject({ correctShare: 1, partialCredit: 1, commonWrong: null });
    const q = Object.fromEntries(results.questions.map((x) => [x.id, x]));
    expect(q['k-order']).toMatchObject({ kind: 'order', correctShare: 1 / 3 });

    const csv = (await getAnswerExport(teacher, { assignmentId: assignment.id, timeZone: 'UTC' }))!;
    const cyOrder = csv.rows.find((r) => r[0] === 'Cy' && r[7] === 'order')!;
    expect(cyOrder.slice(8, 11)).toEqual(['Bridge closed → Cracks found → Council met → Contractors charged', 'Cracks found → Bridge closed → Council met → Contractors charged', 'partly']);
    expect(cyOrder.slice(11, 14)).toEqual([0, 1, 0.33]); // points, max points, partial credit
    const cyTwoPart = csv.rows.find((r) => r[0] === 'Cy' && r[7] === 'two-part')!;
    expect(cyTwoPart.slice(11, 14)).toEqual([1, 2, 0.5]);
    const byKind = (await getKindSummary(teacher, { assignmentId: assignment.id, timeZone: 'UTC' }))!;
    expect(byKind.rows.find((r) => r[1] === 'evidence')).toEqual([expect.stringMatching(/^Find the proof/), 'evidence', 3, '33%', '33%', 'sentence 3: “Engineers found cracks on 10 February.”']);
  });
});
