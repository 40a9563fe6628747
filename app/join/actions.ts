'use server';

import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/auth/client-address';
import { JOIN_LIMIT, joinKey } from '@/lib/auth/rate-limit-policy';
import { setStudentSession } from '@/lib/auth/student';
import { checkRateLimit, recordFailure } from '@/lib/db/queries/rate-limits';
import { getStudentByAccessCode, joinClass } from '@/lib/db/queries/students';
import { joinSchema, personalCodeSchema } from '@/lib/validation/classes';

export type JoinState = { fields?: Record<string, string>; values?: Record<string, string> };

/** The key for this caller, or a message when it has guessed too many wrong codes lately. */
async function joinLimit(): Promise<{ key: string; error?: string }> {
  const key = joinKey(await clientAddress());
  const limit = await checkRateLimit({ key, ...JOIN_LIMIT });
  if (limit.allowed) return { key };
  const n = limit.retryAfterSeconds;
  return { key, error: `Too many tries. Try again in ${n} ${n === 1 ? 'second' : 'seconds'}.` };
}

/** Joins a class with its code and a nickname, then opens the class page. */
export async function joinAction(_prev: JoinState, form: FormData): Promise<JoinState> {
  const values = { code: String(form.get('code') ?? ''), nickname: String(form.get('nickname') ?? '') };
  const parsed = joinSchema.safeParse(values);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const i of parsed.error.issues) fields[String(i.path[0])] ??= i.message;
    return { fields, values };
  }
  const limit = await joinLimit();
  if (limit.error) return { fields: { code: limit.error }, values };
  const joined = await joinClass(parsed.data);
  if (!joined.ok) {
    // Only a wrong code is a guess; a taken nickname is an honest clash.
    if (joined.field === 'code') await recordFailure({ key: limit.key, windowSeconds: JOIN_LIMIT.windowSeconds });
    return { fields: { [joined.field]: joined.error }, values };
  }
  await setStudentSession(joined.student.id, joined.student.sessionVersion);
  redirect('/class');
}

/** Comes back into a class on another device with the personal code the teacher gave. */
export async function rejoinAction(_prev: JoinState, form: FormData): Promise<JoinState> {
  const values = { personalCode: String(form.get('personalCode') ?? '') };
  const parsed = personalCodeSchema.safeParse(values.personalCode);
  if (!parsed.success) return { fields: { personalCode: parsed.error.issues[0].message }, values };
  const limit = await joinLimit();
  if (limit.error) return { fields: { personalCode: limit.error }, values };
  const student = await getStudentByAccessCode({ code: parsed.data });
  if (!student) {
    await recordFailure({ key: limit.key, windowSeconds: JOIN_LIMIT.windowSeconds });
    return { fields: { personalCode: 'That personal code does not work. Ask your teacher for a new one.' }, values };
  }
  await setStudentSession(student.id, student.sessionVersion);
  redirect('/class');
}
