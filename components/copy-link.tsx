'use client';

import { useRef, useState } from 'react';

/**
 * A link shown in full in a read-only box, with a button that copies it. Where the clipboard is not allowed the
 * text is selected instead, so the teacher can copy it by hand; either way the result is said aloud.
 */
export function CopyLink({ id, label, url }: { id: string; label: string; url: string }) {
  const box = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Link copied.');
    } catch {
      box.current?.select();
      setSaid('Selected: press Ctrl+C (or ⌘C) to copy it.');
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div style={{ display: 'flex', gap: '.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
        <input ref={box} id={id} type="text" readOnly value={url} onFocus={(e) => e.target.select()} style={{ flex: '1 1 16rem', minWidth: 0 }} />
        <button type="button" className="secondary" onClick={copy}>Copy link</button>
      </div>
      <p role="status" className="muted" style={{ margin: '.3rem 0 0', minHeight: '1.2em' }}>{said}</p>
    </div>
  );
}
