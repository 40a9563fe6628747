'use server';

import { redirect } from 'next/navigation';
import { setStudentSession } from '@/lib/auth/student';
import { getStudentByAccessCode, joinClass } from '@/lib/db/queries/students';
import { joinSchema, personalCodeSchema } from '@/lib/validation/classes';

export type JoinState = { fields?: Record<string, string>; values?: Record<string, string> };

/** Joins a class with its code and a nickname, then opens the class page. */
export async function joinAction(_prev: JoinState, form: FormData): Promise<JoinState> {
  const values = { code: String(form.get('code') ?? ''), nickname: String(form.get('nickname') ?? '') };
  const parsed = joinSchema.safeParse(values);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const i of parsed.error.issues) fields[String(i.path[0])] ??= i.message;
    return { fields, values };
  }
  const joined = await joinClass(parsed.data);
  if (!joined.ok) return { fields: { [joined.field]: joined.error }, values };
  await setStudentSession(joined.student.id, joined.student.sessionVersion);
  redirect('/class');
}

/** Comes back into a class on another device with the personal code the teacher gave. */
export async function rejoinAction(_prev: JoinState, form: FormData): Promise<JoinState> {
  const values = { personalCode: String(form.get('personalCode') ?? '') };
  const parsed = personalCodeSchema.safeParse(values.personalCode);
  if (!parsed.success) return { fields: { personalCode: parsed.error.issues[0].message }, values };
  const student = await getStudentByAccessCode({ code: parsed.data });
  if (!student) return { fields: { personalCode: 'That personal code does not work. Ask your teacher for a new one.' }, values };
  await setStudentSession(student.id, student.sessionVersion);
  redirect('/class');
}
