'use client';

import dynamic from 'next/dynamic';

/**
 * The assignment form, rendered in the browser only: its default times and the instants it sends depend on the
 * teacher's own clock and time zone, which the server does not know.
 */
export const AssignmentFormClient = dynamic(() => import('./assignment-form').then((m) => m.AssignmentForm), {
  ssr: false,
  loading: () => <p className="muted" role="status">Loading the form…</p>,
});
