'use client';

import { useEffect } from 'react';

/** Any server failure (the database being down, say) lands here: a plain message and a retry, no stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error.digest ?? error.message);
  }, [error]);
  return (
    <>
      <h1>Something went wrong on our side</h1>
      <p>We could not load this page just now. Your saved scores are safe. Please try again in a moment.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset}>Try again</button>
    </>
  );
}
