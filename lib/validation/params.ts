import { notFound } from 'next/navigation';

/**
 * A slug or id from a URL, checked before it reaches the database: anything outside the shapes we make
 * (letters, digits, - and _) is simply a page that does not exist, never a server error.
 */
export function safeParam(value: string): string {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) notFound();
  return value;
}

/** The same check for route handlers, which answer JSON: null instead of the not-found page. */
export function safeSlug(value: string): string | null {
  return /^[A-Za-z0-9_-]{1,200}$/.test(value) ? value : null;
}

/** Which board a `?by=` asks for: the confidence-weighted one, or (anything else) the plain score. */
export function boardOrderParam(value: string | string[] | null | undefined): 'score' | 'confidence' {
  return value === 'confidence' ? 'confidence' : 'score';
}
