import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ChangePasswordForm } from '@/components/change-password-form';
import { requireTeacher } from '@/lib/auth/player';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  await connection();
  const user = await requireTeacher('/account');
  const { changed } = await searchParams;
  return (
    <>
      <h1>Your account</h1>
      <p className="muted">Signed in as {user.name} ({user.email}).</p>
      <h2>Change password</h2>
      {changed ? <p role="status" className="card" style={{ maxWidth: '28rem' }}>Your password has been changed. You are still signed in here; every other device has been signed out.</p> : null}
      <ChangePasswordForm />
    </>
  );
}
