'use client';

import { useFormStatus } from 'react-dom';

/** A submit button that shows progress and cannot be pressed twice while its form is being sent. */
export function SubmitButton({ children, pending: pendingLabel }: { children: string; pending: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
