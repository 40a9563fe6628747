// `npm start`: builds if needed, then serves the app with scripts/server.mjs (Next behind a step that decides the
// caller's address; see that file). Migrations and the seed run inside the server at start-up (instrumentation.ts),
// so the embedded database works with no other setup.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';
import { serverNodeOptions } from './server-options.mjs';
import { trustedProxyCount } from './forwarding.mjs';

process.env.AUTH_TRUST_HOST ??= 'true';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const port = process.env.PORT || '3000';
trustedProxyCount(); // a bad TRUSTED_PROXIES stops here, before a build

buildIfNeeded();
console.log(`Starting Factcheck Quiz on http://localhost:${port} (${process.env.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${process.env.PGLITE_DIR || '.data/pglite'}`})`);
const child = spawn(process.execPath, [path.join('scripts', 'server.mjs')], { stdio: 'inherit', env: { ...process.env, PORT: port, NODE_OPTIONS: serverNodeOptions() } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
