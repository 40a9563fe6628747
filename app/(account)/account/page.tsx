import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ChangePasswordForm } from '@/components/change-password-form';
import { requireTeacher } from '@/lib/auth/player';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  await connection();
  const user = await requireTeacher('/account');
  return (
    <>
      <h1>Your account</h1>
      <p className="muted">Signed in as {user.name} ({user.email}).</p>
      <h2>Change password</h2>
      <ChangePasswordForm />
    </>
  );
}
