/**
 * Whether a request carries an Auth.js session cookie (`authjs.session-token`, `__Secure-` prefixed over https,
 * possibly split into `.0`, `.1`… chunks). Without one nobody is signed in, so callers can skip Auth.js entirely.
 */
export function hasSessionCookie(cookieNames: string[]): boolean {
  return cookieNames.some((name) => /^(__Secure-)?authjs\.session-token/.test(name));
}
