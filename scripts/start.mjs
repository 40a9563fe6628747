// `npm start`: builds if needed, then serves the app. Migrations and the seed run inside the server at start-up
// (instrumentation.ts), so the embedded database works with no other setup.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';
import { serverNodeOptions } from './server-options.mjs';

process.env.AUTH_TRUST_HOST ??= 'true';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const port = process.env.PORT || '3000';

buildIfNeeded();
console.log(`Starting Factcheck Quiz on http://localhost:${port} (${process.env.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${process.env.PGLITE_DIR || '.data/pglite'}`})`);
const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', port], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: serverNodeOptions() } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
