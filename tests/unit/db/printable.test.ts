import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { keyWords, letter } from '@/lib/quiz/paper-key';
import { getPrintableAssignment } from '@/lib/server/printable-quiz';
import { makeKindsQuiz, makeTeacher, openAssignment } from './helpers';

afterAll(closeDb);

describe('an assignment on paper', () => {
  it('prints the questions the assignment deals, the same ones on every print, with a key in the printed letters; only for its teacher', async () => {
    const { slug, questions } = await makeKindsQuiz();
    const teacher = await makeTeacher('Paper');
    const cls = await createClass({ teacherId: teacher.id, name: 'Paper 6' });
    const skills = [...new Set(questions.map((q) => q.skill))];
    const a = (await createAssignment({ ...openAssignment(cls.id, slug, teacher.id), skills, questionCount: questions.length }))!;
    const sheet = (await getPrintableAssignment(teacher, { assignmentId: a.id }))!;
    expect(sheet.items.map((i) => i.question.id).sort()).toEqual(questions.map((q) => q.id).sort());
    expect(new Set(sheet.items.map((i) => i.key.kind))).toEqual(new Set(['one', 'several', 'order', 'sentences', 'two-part']));
    // Printed twice, the same questions in the same order with the same option order: the worksheet and key match.
    expect((await getPrintableAssignment(teacher, { assignmentId: a.id }))!.items).toEqual(sheet.items);
    for (const { question, key, order } of sheet.items) {
      const printed = order.map((c) => question.options[c]); // what the worksheet shows as A, B, C …
      const words = keyWords(key, order);
      if (key.kind === 'one') expect(printed[words.charCodeAt(0) - 65]).toBe(question.options[key.answer]);
      if (key.kind === 'order') {
        expect(order).not.toEqual(key.order); // never printed already in the right order
        expect(words.split(' → ').map((l) => printed[l.charCodeAt(0) - 65])).toEqual(key.order.map((c) => question.options[c]));
      }
      if (key.kind === 'sentences') expect(words).toContain(String(key.sentences[0] + 1));
      if (key.kind === 'two-part') expect(words).toMatch(new RegExp(`^Part A: ${letter(order.indexOf(key.answer))}; Part B: sentences? \\d`));
    }
    const other = await makeTeacher('Other');
    expect(await getPrintableAssignment(other, { assignmentId: a.id })).toBeNull();
  }, 90_000); // the first test of the file also waits for the database to be prepared
});
