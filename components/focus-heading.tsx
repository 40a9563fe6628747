'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page's h1 that takes the focus when the page opens, at the top of the page: a submit lands on its result at
 * the same address, so the browser keeps the scroll of the long quiz form unless told otherwise, and a screen
 * reader starts from the heading.
 */
export function FocusHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    ref.current?.focus({ preventScroll: true });
  }, []);
  return <h1 ref={ref} tabIndex={-1} className="focus-heading">{children}</h1>;
}
