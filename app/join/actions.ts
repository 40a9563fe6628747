'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/auth/client-address';
import { JOIN_DEVICE_COOKIE, JOIN_DEVICE_COOKIE_OPTIONS, newJoinDevice, verifyJoinDevice } from '@/lib/auth/join-device';
import { guardedJoinTry, type JoinTryOutcome } from '@/lib/auth/join-guard';
import { setStudentSession } from '@/lib/auth/student';
import { getStudentByAccessCode, joinClass } from '@/lib/db/queries/students';
import { anyone, formSchema, validatedAction } from '@/lib/server/action';
import { joinSchema, personalCodeSchema } from '@/lib/validation/classes';
import { z } from 'zod';

export type JoinState = { fields?: Record<string, string>; values?: Record<string, string> };

/**
 * Runs a code try under the join limits (lib/auth/join-guard.ts). A browser without a join device (proxy.ts gives one
 * when /join opens) gets one now, for its next try.
 */
async function limitedTry<T>(attempt: () => Promise<T>, wasWrongCode: (result: T) => boolean): Promise<JoinTryOutcome<T>> {
  const jar = await cookies();
  const deviceCookie = jar.get(JOIN_DEVICE_COOKIE)?.value;
  const now = Date.now();
  if (!verifyJoinDevice(deviceCookie, now)) jar.set(JOIN_DEVICE_COOKIE, newJoinDevice(now).value, JOIN_DEVICE_COOKIE_OPTIONS);
  return guardedJoinTry({ address: await clientAddress(), deviceCookie, attempt, wasWrongCode, now });
}

const joinValues = (form: FormData) => ({ code: String(form.get('code') ?? ''), nickname: String(form.get('nickname') ?? '') });
const rejoinValues = (form: FormData) => ({ personalCode: String(form.get('personalCode') ?? '') });

/** Joins a class with its code and a nickname, then opens the class page. */
export const joinAction = validatedAction(
  anyone,
  formSchema(joinValues, joinSchema),
  (fields, form): JoinState => ({ fields, values: joinValues(form) }),
  async (input, _nobody, form): Promise<JoinState> => {
    // Only a wrong code is a guess; a taken nickname is an honest clash.
    const outcome = await limitedTry(() => joinClass(input), (joined) => !joined.ok && joined.field === 'code');
    if ('refused' in outcome) return { fields: { code: outcome.refused }, values: joinValues(form) };
    const joined = outcome.result;
    if (!joined.ok) return { fields: { [joined.field]: joined.error }, values: joinValues(form) };
    await setStudentSession(joined.student.id, joined.student.sessionVersion);
    redirect('/class');
  },
);

/** Comes back into a class on another device with the personal code the teacher gave. */
export const rejoinAction = validatedAction(
  anyone,
  formSchema(rejoinValues, z.object({ personalCode: personalCodeSchema })),
  (fields, form): JoinState => ({ fields, values: rejoinValues(form) }),
  async ({ personalCode }, _nobody, form): Promise<JoinState> => {
    const outcome = await limitedTry(() => getStudentByAccessCode({ code: personalCode }), (student) => !student);
    if ('refused' in outcome) return { fields: { personalCode: outcome.refused }, values: rejoinValues(form) };
    const student = outcome.result;
    if (!student) return { fields: { personalCode: 'That personal code does not work. Ask your teacher for a new one.' }, values: rejoinValues(form) };
    await setStudentSession(student.id, student.sessionVersion);
    redirect('/class');
  },
);
