import { migrateDb } from './migrate';
import { seedContent } from './seed';

const g = globalThis as unknown as { __factcheckPrepared?: Promise<void> };

/**
 * Migrates and seeds once per process. Pages await it too, so a request that arrives while the server is still
 * starting waits instead of finding empty tables. A failure (database down) is retried on the next call.
 */
export function prepareDatabase(): Promise<void> {
  g.__factcheckPrepared ??= (async () => {
    await migrateDb();
    await seedContent();
  })().catch((err) => {
    g.__factcheckPrepared = undefined;
    throw err;
  });
  return g.__factcheckPrepared;
}
