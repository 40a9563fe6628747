import type { InputHTMLAttributes } from 'react';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string };

/** A labelled text input with its hint and error tied to it for screen readers. */
export function Field({ label, name, error, hint, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const described = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint ? <p id={`${inputId}-hint`} className="muted" style={{ margin: '0 0 .3rem' }}>{hint}</p> : null}
      <input id={inputId} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {error ? <p id={`${inputId}-error`} className="field-error">{error}</p> : null}
    </div>
  );
}
