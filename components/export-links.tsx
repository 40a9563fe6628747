'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * The downloads of an assignment's results (gradebook, every answer, by kind of question). Times in them are written in the teacher's own time zone, which
 * only the browser knows: the links carry it once the page runs (UTC before that).
 */
export function ExportLinks({ assignmentId }: { assignmentId: string }) {
  const zone = useSyncExternalStore(subscribe, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => '');
  const base = `/teacher/assignments/${assignmentId}/export`;
  const tz = zone ? `&tz=${encodeURIComponent(zone)}` : '';
  return (
    <div className="actions">
      <a className="button secondary" href={`${base}?file=gradebook${tz}`} download>Download gradebook (CSV)</a>
      <a className="button secondary" href={`${base}?file=answers${tz}`} download>Download every answer (CSV)</a>
      <a className="button secondary" href={`${base}?file=kinds${tz}`} download>Download results by kind of question (CSV)</a>
    </div>
  );
}
