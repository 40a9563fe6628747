/**
 * The current time in milliseconds. Server pages render once per request, so reading the clock while rendering is
 * intended there; this one helper makes that choice explicit (and lets tests see one place).
 */
export function nowMs(): number {
  return Date.now();
}
