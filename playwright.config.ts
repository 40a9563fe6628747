import { defineConfig } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Browser journeys against `npm start` (a production build) on a fresh embedded database, or on PostgreSQL when
 * DATABASE_URL is set. Debian's Chromium is used because Playwright cannot download its own browser here.
 */
const port = Number(process.env.E2E_PORT || 3123);
// E2E_INSTANCES=2 (PostgreSQL only): two `next start` instances behind a round-robin balancer on `port`, so the
// journeys prove that nothing which matters lives in one server's memory.
const instances = process.env.DATABASE_URL ? Math.max(1, Number(process.env.E2E_INSTANCES || 1)) : 1;
const authSecret = process.env.AUTH_SECRET || 'e2e-secret-shared-by-every-instance-0123456789';
const dataDir = process.env.E2E_DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-e2e-'));
process.env.E2E_DATA_DIR = dataDir; // the config is evaluated again in workers: keep one folder

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    ...Array.from({ length: instances }, (_, i) => {
      const appPort = instances === 1 ? port : port + 10 + i;
      return {
        command: 'node scripts/start.mjs',
        url: `http://127.0.0.1:${appPort}/`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'pipe' as const,
        stderr: 'pipe' as const,
        env: {
          PORT: String(appPort),
          DATA_DIR: dataDir,
          PGLITE_DIR: path.join(dataDir, 'pglite'),
          AUTH_SECRET: authSecret,
          AUTH_TRUST_HOST: 'true',
          // Behind the balancer (which appends the address it saw to X-Forwarded-For), one proxy hop is trusted;
          // alone, the server uses the socket's address and ignores forwarding headers.
          TRUSTED_PROXIES: instances > 1 ? '1' : '0',
          // Test-only allowances: every journey plays from 127.0.0.1, more than 60 starts in 10 minutes across
          // the run; scripted players answer in well under 2 s a question, and several journeys check the board.
          // The limits themselves: tests/unit/db/board.test.ts, and the per-player limit in tests/e2e/api.spec.ts.
          ATTEMPT_STARTS_PER_ADDRESS: '100000',
          RANKED_MIN_MS_PER_QUESTION: '0',
          // The article import fetches pages served by the journeys' own local server: loopback only, and only
          // here (lib/http/safe-fetch.ts; private and link-local addresses stay refused).
          IMPORT_ALLOW_LOOPBACK: '1',
          ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
        },
      };
    }),
    ...(instances > 1
      ? [{
          command: `node scripts/round-robin.mjs ${port} ${Array.from({ length: instances }, (_, i) => port + 10 + i).join(' ')}`,
          url: `http://127.0.0.1:${port}/api/health`,
          timeout: 30_000,
          reuseExistingServer: false,
        }]
      : []),
    {
      // The same build pointed at a database that is not there: pages must fail politely. (`npm test` has
      // built the app already; this server must not start a second build beside the first server's.)
      command: `node node_modules/next/dist/bin/next start -p ${port + 1}`,
      url: `http://127.0.0.1:${port + 1}/signin`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: {
        PORT: String(port + 1),
        DATA_DIR: path.join(dataDir, 'down'),
        DATABASE_URL: 'postgres://nobody@127.0.0.1:9/unreachable',
        AUTH_TRUST_HOST: 'true',
      },
    },
  ],
});
