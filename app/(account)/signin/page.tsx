import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountForm } from '@/components/account-form';
import { signInAction } from '../actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <>
      <h1>Sign in</h1>
      <p className="muted">Your scores are saved to your account. You can also play as a guest with just a nickname.</p>
      <AccountForm mode="signin" action={signInAction} redirectTo={next ?? '/'} />
      <p>New here? <Link href={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>Create an account</Link>.</p>
    </>
  );
}
