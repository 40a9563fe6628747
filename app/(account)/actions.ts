'use server';

import bcrypt from 'bcryptjs';
import { AuthError } from 'next-auth';
import { TooManySignInTries, signIn, signOut } from '@/lib/auth/config';
import { clientAddress } from '@/lib/auth/client-address';
import { signUp } from '@/lib/auth/sign-up';
import { getUser, updateUserPassword } from '@/lib/db/queries/users';
import { anyone, formSchema, noInput, signedIn, validatedAction, validatedFormAction } from '@/lib/server/action';
import { changePasswordSchema, signInSchema, signUpSchema } from '@/lib/validation/account';

export type AccountFormState = { error?: string; ok?: string; fields?: Record<string, string>; values?: Record<string, string> };

function safeRedirect(value: FormDataEntryValue | null): string {
  const s = typeof value === 'string' ? value : '';
  return s.startsWith('/') && !s.startsWith('//') ? s : '/';
}

/**
 * What sign-up says when it signs nobody in: the same words for a taken email (with another password) as for any
 * other refusal, never "that email has an account". Without sending email the difference from a fresh sign-up
 * (which signs in) cannot be hidden entirely; the sign-up limit keeps a script from asking about many emails.
 */
const SIGN_UP_REFUSED = 'We could not create an account with these details. If you already have an account, sign in instead.';

function tooManyTries(seconds: number): string {
  return `Too many tries. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

const signUpValues = (form: FormData) => ({ name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') });
const signUpForm = formSchema((f) => ({ ...signUpValues(f), password: f.get('password') }), signUpSchema);

const signInValues = (form: FormData) => ({ email: String(form.get('email') ?? '') });
const signInForm = formSchema((f) => ({ email: f.get('email'), password: f.get('password') }), signInSchema);

/**
 * Creates an account, then signs the new user in. An email that already has an account is answered like a new one
 * when the password is that account's (its owner is signed in); otherwise with a message that does not say why.
 * The sign-in goes through Auth.js's `authorize`, so guessing an account's password here meets the sign-in limits.
 */
export const signUpAction = validatedAction(
  anyone,
  signUpForm,
  (fields, form): AccountFormState => ({ fields, values: signUpValues(form) }),
  async (input, _nobody, form): Promise<AccountFormState> => {
    const values = signUpValues(form);
    const result = await signUp({ ...input, address: await clientAddress() });
    if (result.status === 'limited') return { error: tooManyTries(result.retryAfterSeconds), values };
    try {
      await signIn('credentials', { email: input.email, password: input.password, redirectTo: safeRedirect(form.get('redirectTo')) });
    } catch (err) {
      if (err instanceof TooManySignInTries) return { error: tooManyTries(err.retryAfterSeconds), values };
      if (err instanceof AuthError) return { error: SIGN_UP_REFUSED, values };
      throw err;
    }
    return {};
  },
);

/**
 * Signs in with email and password; a wrong pair gets one message that does not say which part was wrong. The
 * limits (per address and per account) are applied inside Auth.js's `authorize`, which every way in goes through.
 */
export const signInAction = validatedAction(
  anyone,
  signInForm,
  (fields, form): AccountFormState => ({ fields, values: signInValues(form) }),
  async (input, _nobody, form): Promise<AccountFormState> => {
    try {
      await signIn('credentials', { ...input, redirectTo: safeRedirect(form.get('redirectTo')) });
    } catch (err) {
      if (err instanceof TooManySignInTries) return { error: tooManyTries(err.retryAfterSeconds), values: signInValues(form) };
      if (err instanceof AuthError) return { error: 'That email and password do not match an account.', values: signInValues(form) };
      throw err;
    }
    return {};
  },
);

/** Ends the session (a POST from the header's form, never a GET). */
export const signOutAction = validatedFormAction(anyone, noInput, async () => {
  await signOut({ redirectTo: '/' });
});

const passwordForm = formSchema((f) => ({ current: f.get('current'), next: f.get('next'), confirm: f.get('confirm') }), changePasswordSchema);

/** Changes the signed-in user's password after checking the current one. */
export const changePasswordAction = validatedAction(
  signedIn<AccountFormState>({ error: 'Sign in first.' }),
  passwordForm,
  (fields): AccountFormState => ({ fields }),
  async ({ current, next }, user): Promise<AccountFormState> => {
    const row = await getUser({ id: user.id });
    if (!row || !(await bcrypt.compare(current, row.passwordHash))) return { fields: { current: 'That is not your current password.' } };
    await updateUserPassword({ id: user.id, passwordHash: await bcrypt.hash(next, 10) });
    // Every other session has just ended; give this browser a fresh one with the new password. That sign-in meets
    // the sign-in limits too: if this address is being limited, the change stands and the user signs in later.
    try {
      await signIn('credentials', { email: row.email, password: next, redirectTo: '/account?changed=1' });
    } catch (err) {
      if (err instanceof AuthError) return { ok: 'Your password has been changed. Sign in again with the new one.' };
      throw err;
    }
    return { ok: 'Your password has been changed.' };
  },
);
