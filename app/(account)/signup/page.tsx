import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountForm } from '@/components/account-form';
import { signUpAction } from '../actions';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <>
      <h1>Create an account</h1>
      <p className="muted">We only ask for an email to sign you in. Nothing else.</p>
      <AccountForm mode="signup" action={signUpAction} redirectTo={next ?? '/'} />
      <p>Already have an account? <Link href="/signin">Sign in</Link>.</p>
    </>
  );
}
