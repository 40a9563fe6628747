import { migrateDb } from './migrate';

type SeedStep = () => Promise<unknown>;
const g = globalThis as unknown as { __factcheckPrepared?: Promise<void>; __factcheckSeed?: SeedStep };

/**
 * Sets the step that loads the bundled content after the migrations (lib/server/seed-content.ts). The database layer
 * cannot import it, as it builds question banks with the core a layer above, so the app hands it down at start,
 * before the first query. Kept on globalThis, like the preparation itself, because Next.js may load this module
 * more than once.
 */
export function setSeedStep(step: SeedStep): void {
  g.__factcheckSeed = step;
}

/**
 * Migrates and seeds once per process. Pages await it too, so a request that arrives while the server is still
 * starting waits instead of finding empty tables. A failure (database down) is retried on the next call.
 */
export function prepareDatabase(): Promise<void> {
  g.__factcheckPrepared ??= (async () => {
    await migrateDb();
    await g.__factcheckSeed?.();
  })().catch((err) => {
    g.__factcheckPrepared = undefined;
    throw err;
  });
  return g.__factcheckPrepared;
}
