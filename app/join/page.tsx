import type { Metadata } from 'next';
import { JoinForm, RejoinForm } from '@/components/join-forms';

export const metadata: Metadata = { title: 'Join a class' };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

/** A join link (`/join?code=…`, from the teacher's class page or its QR code) fills the class code in. */
export default async function JoinPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const code = typeof raw === 'string' ? raw.replace(/[^A-Za-z0-9]/g, '').slice(0, 20) : '';
  return (
    <>
      <h1>Join your class</h1>
      <p className="muted">Type the code your teacher gave you and choose a nickname. No email, no password.</p>
      <JoinForm code={code} />
      <h2>Already joined on another device?</h2>
      <p className="muted">Ask your teacher for your personal code.</p>
      <RejoinForm />
    </>
  );
}
