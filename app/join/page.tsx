import type { Metadata } from 'next';
import { JoinForm, RejoinForm } from '@/components/join-forms';

export const metadata: Metadata = { title: 'Join a class' };

export default function JoinPage() {
  return (
    <>
      <h1>Join your class</h1>
      <p className="muted">Type the code your teacher gave you and choose a nickname. No email, no password.</p>
      <JoinForm />
      <h2>Already joined on another device?</h2>
      <p className="muted">Ask your teacher for your personal code.</p>
      <RejoinForm />
    </>
  );
}
