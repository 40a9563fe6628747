'use server';

import bcrypt from 'bcryptjs';
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/auth/config';
import { clientAddress } from '@/lib/auth/client-address';
import { getSessionUser } from '@/lib/auth/player';
import { SIGN_IN_LIMIT, signInKeys } from '@/lib/auth/rate-limit-policy';
import { checkRateLimit, clearFailures, recordFailure } from '@/lib/db/queries/rate-limits';
import { createUser, getUser, updateUserPassword } from '@/lib/db/queries/users';
import { changePasswordSchema, signInSchema, signUpSchema } from '@/lib/validation/account';

export type AccountFormState = { error?: string; ok?: string; fields?: Record<string, string>; values?: Record<string, string> };

function safeRedirect(value: FormDataEntryValue | null): string {
  const s = typeof value === 'string' ? value : '';
  return s.startsWith('/') && !s.startsWith('//') ? s : '/';
}

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[String(i.path[0])] ??= i.message;
  return out;
}

/** Creates an account, then signs the new user in. */
export async function signUpAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') };
  const parsed = signUpSchema.safeParse({ ...values, password: form.get('password') });
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  const passwordHash = await bcrypt.hash(parsed.data.password, 10);
  const user = await createUser({ email: parsed.data.email, name: parsed.data.name, passwordHash });
  if (!user) return { fields: { email: 'That email already has an account. Sign in instead.' }, values };
  await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: safeRedirect(form.get('redirectTo')) });
  return {};
}

function tooManyTries(seconds: number): string {
  return `Too many tries. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

function isRedirect(err: unknown): boolean {
  return typeof err === 'object' && err !== null && String((err as { digest?: unknown }).digest).startsWith('NEXT_REDIRECT');
}

/** Signs in with email and password; a wrong pair gets one message that does not say which part was wrong. */
export async function signInAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = { email: String(form.get('email') ?? '') };
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  // Two limits: per address slows one machine trying many accounts, per account slows many machines trying one.
  const keys = signInKeys(await clientAddress(), parsed.data.email);
  for (const key of keys) {
    const limit = await checkRateLimit({ key, ...SIGN_IN_LIMIT });
    if (!limit.allowed) return { error: tooManyTries(limit.retryAfterSeconds), values };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeRedirect(form.get('redirectTo')) });
  } catch (err) {
    if (err instanceof AuthError) {
      await Promise.all(keys.map((key) => recordFailure({ key, windowSeconds: SIGN_IN_LIMIT.windowSeconds })));
      return { error: 'That email and password do not match an account.', values };
    }
    // The redirect after a successful sign-in travels as an exception; only then is the account's slate wiped.
    if (isRedirect(err)) await clearFailures({ key: keys[1] });
    throw err;
  }
  return {};
}

/** Ends the session (a POST from the header's form, never a GET). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

/** Changes the signed-in user's password after checking the current one. */
export async function changePasswordAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const user = await getSessionUser();
  if (!user) return { error: 'Sign in first.' };
  const parsed = changePasswordSchema.safeParse({ current: form.get('current'), next: form.get('next'), confirm: form.get('confirm') });
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues) };
  const row = await getUser({ id: user.id });
  if (!row || !(await bcrypt.compare(parsed.data.current, row.passwordHash))) return { fields: { current: 'That is not your current password.' } };
  await updateUserPassword({ id: user.id, passwordHash: await bcrypt.hash(parsed.data.next, 10) });
  // Every other session has just ended; give this browser a fresh one with the new password.
  await signIn('credentials', { email: row.email, password: parsed.data.next, redirectTo: '/account?changed=1' });
  return { ok: 'Your password has been changed.' };
}
