// A tiny HTTP load balancer for tests: `node scripts/round-robin.mjs PORT TARGET_PORT...` sends each request to
// the next target in turn (request 1 to the first, request 2 to the second, …), so consecutive requests of one
// browser land on different app instances. It forwards the Host header unchanged and appends
// to X-Forwarded-For (so the instances behind it run with TRUSTED_PROXIES=1); it is not meant for production (use a
// real load balancer there, see the README).
import http from 'node:http';

const [port, ...targets] = process.argv.slice(2).map(Number);
if (!port || targets.length === 0) {
  console.error('usage: node scripts/round-robin.mjs PORT TARGET_PORT [TARGET_PORT...]');
  process.exit(2);
}
let next = 0;
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

http
  .createServer((req, res) => {
    const target = targets[next++ % targets.length];
    const upstream = http.request(
      { host: '127.0.0.1', port: target, method: req.method, path: req.url, agent, headers: { ...req.headers, 'x-forwarded-for': [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ') } },
      (up) => {
        // Which instance answered, so a test can see that requests really alternate.
        res.writeHead(up.statusCode ?? 502, [...up.rawHeaders, 'x-served-by', String(target)]);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('upstream unavailable');
    });
    req.pipe(upstream);
  })
  .listen(port, '127.0.0.1', () => console.log(`round-robin on ${port} → ${targets.join(', ')}`));
