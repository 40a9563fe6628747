import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each test file gets its own embedded database folder (unless DATABASE_URL points at PostgreSQL), so runs never
// share state with a developer's .data folder or with each other.
if (!process.env.DATABASE_URL) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-unit-'));
  process.env.PGLITE_DIR = path.join(dir, 'pglite');
  process.env.DATA_DIR = dir;
}
process.env.AUTH_SECRET ??= 'unit-test-secret-not-for-production';
// Only the demo article is seeded: no unit test reads the library (lib/server/seed-content.ts).
process.env.SEED_LIBRARY ??= '0';

// Property tests use a fixed seed so a CI run is reproducible; set FC_SEED to explore other inputs locally.
import fc from 'fast-check';
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });
