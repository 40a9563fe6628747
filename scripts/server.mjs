// The HTTP server behind `npm start` (scripts/start.mjs spawns it): Next's own request handler, with one step in
// front of it. `next start` would pass a client's X-Forwarded-For through to the app, so every request here first
// loses its forwarding headers and gets `x-client-address` set from the socket (or from your TRUSTED_PROXIES), see
// scripts/forwarding.mjs. lib/auth/client-address.ts reads only that header, and only in a process this file marked.
import http from 'node:http';
import { applyClientAddress, trustedProxyCount } from './forwarding.mjs';
import { hasBrokenEscape, NOT_FOUND_PATH } from './request-guard.mjs';

process.env.NODE_ENV = 'production';
const port = Number(process.env.PORT || 3000);
const trustedProxies = trustedProxyCount();

// Tells the app that every request in this process went through applyClientAddress, so the header can be trusted.
globalThis[Symbol.for('factcheck.clientAddressFromServer')] = true;

const { default: next } = await import('next');
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  applyClientAddress(req, trustedProxies);
  if (hasBrokenEscape(req.url)) {
    // Next would answer a bare 500. The JSON API says what is wrong; a page gets the app's 404 page.
    if (req.url.startsWith('/api/')) {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: 'That address is not valid.' }));
      return;
    }
    req.url = NOT_FOUND_PATH;
  }
  handle(req, res).catch((err) => {
    console.error(`Failed to handle request for ${req.url}`, err);
    if (!res.headersSent) res.statusCode = 500;
    res.end('Internal Server Error');
  });
});
server.on('error', (err) => {
  console.error('Failed to start server', err);
  process.exit(1);
});
server.listen(port, () => console.log(`Ready on port ${port} (client address: ${trustedProxies ? `${trustedProxies} trusted proxy hop(s) in X-Forwarded-For` : 'the socket; forwarding headers ignored'})`));

// As `next start` does: stop on SIGINT/SIGTERM with the signal's exit code.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(code));
    setTimeout(() => process.exit(code), 2000).unref();
  });
}
