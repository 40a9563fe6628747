import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { getTeacherProgress } from '@/lib/db/queries/teacher-progress';
import { prepareWithContent } from '@/lib/server/seed-content';
import { makeQuiz, makeTeacher, openAssignment } from './helpers';

afterAll(closeDb);

beforeAll(prepareWithContent, 180_000);

describe('a teacher’s first-run progress', () => {
  it('counts only the teacher’s own classes, assignments and students', async () => {
    const ada = await makeTeacher('Ada');
    const bob = await makeTeacher('Bob');
    expect(await getTeacherProgress({ teacherId: ada.id })).toEqual({ classes: 0, ownArticles: 0, assignments: 0, students: 0 });

    const cls = await createClass({ teacherId: ada.id, name: 'Ada 7B' });
    await createClass({ teacherId: ada.id, name: 'Ada 8C' });
    const other = await createClass({ teacherId: bob.id, name: 'Bob 9A' });
    expect(await getTeacherProgress({ teacherId: ada.id })).toEqual({ classes: 2, ownArticles: 0, assignments: 0, students: 0 });

    const { slug } = await makeQuiz(4);
    expect(await createAssignment(openAssignment(cls.id, slug, ada.id))).not.toBeNull();
    expect(await createAssignment(openAssignment(other.id, slug, bob.id))).not.toBeNull();
    for (const nickname of ['Kim', 'Lee']) expect((await joinClass({ code: cls.joinCode, nickname })).ok).toBe(true);
    expect((await joinClass({ code: other.joinCode, nickname: 'Max' })).ok).toBe(true);

    expect(await getTeacherProgress({ teacherId: ada.id })).toEqual({ classes: 2, ownArticles: 0, assignments: 1, students: 2 });
    expect(await getTeacherProgress({ teacherId: bob.id })).toEqual({ classes: 1, ownArticles: 0, assignments: 1, students: 1 });
  });
});
