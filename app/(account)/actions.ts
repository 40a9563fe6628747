'use server';

import bcrypt from 'bcryptjs';
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/auth/config';
import { getSessionUser } from '@/lib/auth/player';
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

/** Signs in with email and password; a wrong pair gets one message that does not say which part was wrong. */
export async function signInAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = { email: String(form.get('email') ?? '') };
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeRedirect(form.get('redirectTo')) });
  } catch (err) {
    if (err instanceof AuthError) return { error: 'That email and password do not match an account.', values };
    throw err; // the redirect after a successful sign-in travels as an exception
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
  return { ok: 'Your password has been changed.' };
}
