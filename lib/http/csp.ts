/**
 * The Content-Security-Policy of a document. `scriptSources` is `'self' 'nonce-…' 'strict-dynamic'` for a page
 * rendered for one request, or `'self'` plus the SHA-256 hashes of a cached page's inline scripts.
 */
export function contentSecurityPolicy(scriptSources: string): string {
  // Development needs eval for React's debugging (rebuilding server stacks); production never uses it.
  const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src ${scriptSources}${devEval}`,
    // 'unsafe-inline' for styles because React renders `style={{…}}` props as inline style attributes, which a
    // nonce cannot cover (nonces apply to <style> elements only). Styles cannot run code, so scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce: 128 random bits. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
