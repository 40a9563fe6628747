'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * A moment shown in the reader's own time zone. The server does not know that zone, so the first paint says UTC
 * and the browser switches to local time as soon as it runs.
 */
export function LocalTime({ iso }: { iso: string }) {
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const d = new Date(iso);
  const text = inBrowser
    ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    : `${d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
