'use client';

/** Opens the browser's print dialog (the sheet's print styles leave the screen-only parts out). */
export function PrintButton({ label = 'Print' }: { label?: string }) {
  return <button type="button" onClick={() => window.print()}>{label}</button>;
}
