'use client';

import { useState } from 'react';
import { useFormStatus } from 'react-dom';

/**
 * A submit button for destructive actions: the first press asks for confirmation in place, the second submits.
 * Works with the keyboard and announces the question to screen readers.
 */
export function ConfirmButton({ label, confirm }: { label: string; confirm: string }) {
  const [asking, setAsking] = useState(false);
  const { pending } = useFormStatus();
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={confirm} style={{ display: 'inline-flex', gap: '.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <span aria-live="polite">{confirm}</span>
      {/* Focus moves to the choice, so keyboard users do not lose their place. */}
      <button type="submit" disabled={pending} autoFocus>{pending ? 'Working…' : `Yes, ${label.toLowerCase()}`}</button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>Cancel</button>
    </span>
  );
}
