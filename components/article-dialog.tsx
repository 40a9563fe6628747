'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import styles from './quiz-layout.module.css';

/**
 * On a narrow screen, "Read the article" opens the article in a modal dialog over the quiz (Escape or "Back to the
 * questions" closes it). Closing goes back to where the player was: the answer they last touched gets the focus
 * again, and the page has not scrolled. A wide screen shows the article beside the questions instead (ArticleSide),
 * and CSS hides this button there.
 */
export function ArticleDialog({ title, children }: { title: string; children: ReactNode }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  /** The last control focused in the quiz form: where focus returns when the dialog closes. */
  const lastInQuiz = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  /** Where the page was scrolled: the browser's own focus return (to the opener, in a sticky bar) can move it. */
  const scrollAt = useRef(0);

  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const el = e.target as HTMLElement;
      if (el !== openerRef.current && el.closest?.('fieldset.question')) lastInQuiz.current = el;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  useEffect(() => {
    if (!open || !dialogRef.current || dialogRef.current.open) return;
    scrollAt.current = window.scrollY;
    dialogRef.current.showModal();
  }, [open]);

  const onClose = () => {
    setOpen(false);
    const back = lastInQuiz.current;
    (back?.isConnected ? back : openerRef.current)?.focus({ preventScroll: true });
    window.scrollTo({ top: scrollAt.current });
  };

  return (
    <>
      <button ref={openerRef} type="button" className={`secondary ${styles.opener}`} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Read the article
      </button>
      {open ? (
        <dialog ref={dialogRef} className={styles.dialog} aria-labelledby="article-dialog-title" onClose={onClose}>
          <div className={styles.dialogBar}>
            <h2 id="article-dialog-title" className={styles.dialogTitle}>{title}</h2>
            <button type="button" onClick={() => dialogRef.current?.close()}>Back to the questions</button>
          </div>
          {children}
        </dialog>
      ) : null}
    </>
  );
}

/** The article beside the questions on a wide screen (sticky, scrolled on its own); hidden on a narrow one. */
export function ArticleSide({ title, children }: { title: string; children: ReactNode }) {
  return (
    // Focusable so the keyboard can scroll it; labelled so a screen reader can jump to it.
    <aside className={styles.side} aria-labelledby="article-side-title" tabIndex={0}>
      <h2 id="article-side-title" className={styles.sideTitle}>The article: {title}</h2>
      {children}
    </aside>
  );
}
