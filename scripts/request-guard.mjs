// Addresses Next.js cannot decode. A path with a broken percent escape ("/articles/%ff") made every dynamic route
// answer a bare 500 (Next throws while decoding its parameters), so scripts/server.mjs checks the path first.

/** True when the path of `url` (a request target like "/a/b?c") holds a percent escape that does not decode. */
export function hasBrokenEscape(url) {
  const path = (url ?? '/').split('?')[0];
  if (!path.includes('%')) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** Where such a request goes instead: a path no route matches, so pages get the app's own 404 page. */
export const NOT_FOUND_PATH = '/_broken-address';
