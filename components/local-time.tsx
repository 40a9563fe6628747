'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
// `toLocaleString` with options builds a new formatter on every call (tens of microseconds each); these are built
// once. A results page shows a time per student.
const UTC = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
let local: Intl.DateTimeFormat | undefined;

/**
 * A moment shown in the reader's own time zone. The server does not know that zone, so the first paint says UTC
 * and the browser switches to local time as soon as it runs.
 */
export function LocalTime({ iso }: { iso: string }) {
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const d = new Date(iso);
  const text = inBrowser
    ? (local ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(d)
    : `${UTC.format(d)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
