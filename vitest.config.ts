import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Unit and database tests: pure lib code plus lib/db against a real PGlite or PostgreSQL. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-db.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database tests share one server; running files one at a time keeps them simple and deterministic.
    fileParallelism: false,
  },
});
