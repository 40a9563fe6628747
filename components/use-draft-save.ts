'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** How long after the last change a save goes out: a burst of clicks (or a drag) is one save. */
const DEBOUNCE_MS = 700;
/** Waits between retries of a save that did not arrive, doubling up to the last. */
const RETRY_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

export type SaveStatus =
  | { kind: 'idle' | 'restored' | 'saving' | 'saved' }
  | { kind: 'retrying' }
  /** The server will never take this save (the quiz was handed in, or its assignment closed): said, not retried. */
  | { kind: 'refused'; message: string };

/**
 * Saves the sheet to the attempt on the server as the player answers (`read` gives the sheet as it stands, as JSON
 * the draft route takes): debounced, one request at a time, the newest sheet always sent last, retried with growing
 * waits while the network or the server is down. `changed()` says something was answered; `pause()` stops a pending
 * save while the form is submitted. `unsaved` (a ref, read by the "Leave this page?" guard) is true only while a
 * change has not reached the server. When the page is hidden (tab closed, phone locked), a pending sheet is sent at
 * once with `keepalive`, so it arrives even if the page never comes back.
 */
export function useDraftSave(attemptId: string, read: () => string, restored: boolean) {
  const [status, setStatus] = useState<SaveStatus>({ kind: restored ? 'restored' : 'idle' });
  const saved = useRef<string | null>(null);
  const unsaved = useRef(false);
  const busy = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  const url = `/api/attempts/${attemptId}/draft`;

  const send = useCallback((body: string, keepalive = false) =>
    fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body, keepalive, cache: 'no-store' }), [url]);

  /** Sends the newest sheet (again, if it changed while a save was on its way) until the server holds it. */
  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (busy.current || stopped.current) return;
    busy.current = true;
    let sent = false;
    try {
      for (let body = read(); body !== saved.current; body = read()) {
        setStatus({ kind: 'saving' });
        sent = true;
        const outcome = await post(send, body);
        if (outcome.kind === 'saved') {
          saved.current = body;
          failures.current = 0;
        } else if (outcome.kind === 'retry') {
          setStatus({ kind: 'retrying' });
          const wait = RETRY_MS[Math.min(failures.current++, RETRY_MS.length - 1)];
          timer.current = setTimeout(() => retry.current(), wait);
          return;
        } else if (outcome.kind === 'refused') {
          // Refused for good (handed in, closed, not this player's): saying it once is all that helps.
          stopped.current = true;
          unsaved.current = false;
          setStatus({ kind: 'refused', message: outcome.message });
          return;
        }
      }
      unsaved.current = false;
      if (sent) setStatus({ kind: 'saved' });
    } finally {
      busy.current = false;
    }
  }, [read, send]);
  /** The retry timer's way back into `flush` (a callback cannot name itself). */
  const retry = useRef(() => undefined as void);
  useEffect(() => {
    retry.current = () => void flush();
  }, [flush]);

  const changed = useCallback(() => {
    if (stopped.current) return;
    unsaved.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  const pause = useCallback(() => clearTimeout(timer.current), []);

  useEffect(() => {
    // What the page was rendered with is what the server holds already.
    saved.current = read();
    const onHide = () => {
      if (document.visibilityState !== 'hidden' || !unsaved.current || stopped.current) return;
      clearTimeout(timer.current);
      const body = read();
      send(body, true).then((res) => {
        if (res.ok) saved.current = body;
      }, () => undefined);
    };
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!unsaved.current || stopped.current) return;
      e.preventDefault();
      e.returnValue = ''; // older browsers ask only when this is set
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      clearTimeout(timer.current);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [read, send]);

  return { status, changed, pause, unsaved };
}

type Outcome = { kind: 'saved' } | { kind: 'retry' } | { kind: 'refused'; message: string };

/** One save: kept, worth retrying (offline, the server down or busy), or refused for good with the server's words. */
async function post(send: (body: string) => Promise<Response>, body: string): Promise<Outcome> {
  let res: Response;
  try {
    res = await send(body);
  } catch {
    return { kind: 'retry' }; // offline, or the connection dropped
  }
  if (res.ok) return { kind: 'saved' };
  if (res.status >= 500 || res.status === 429 || res.status === 408) return { kind: 'retry' };
  const said = (await res.json().catch(() => null)) as { error?: string } | null;
  return { kind: 'refused', message: said?.error ?? 'Your answers could not be saved.' };
}
