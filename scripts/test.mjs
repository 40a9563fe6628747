// `npm test`: unit and database tests (vitest), then the browser journeys (Playwright with Debian's Chromium)
// against a production build. Uses PostgreSQL when DATABASE_URL is set, else a fresh embedded database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function run(label, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

console.log(`Database for tests: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite (fresh folder per run)'}`);
ensureChromium();
run('Unit and database tests', [path.join('node_modules', 'vitest', 'vitest.mjs'), 'run']);
buildIfNeeded();
run('Browser journeys', [path.join('node_modules', '@playwright', 'test', 'cli.js'), 'test']);
