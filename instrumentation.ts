/**
 * Runs once when the Next.js server starts: applies migrations and loads the bundled articles, so a fresh
 * `npm start` works with no other setup. Only in the Node.js runtime (the database drivers need it).
 * If the database is down, the server still starts: pages show a friendly error, and the first request after
 * the database is back prepares it (lib/db/ready.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // The build loads this file too; it must never touch the database.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { prepareDatabase } = await import('./lib/db/prepare');
  try {
    await prepareDatabase();
  } catch (err) {
    const { FolderLockedError } = await import('./lib/db/folder-lock');
    if (err instanceof FolderLockedError) {
      // Two servers on one embedded database would corrupt it: refuse to start, saying why.
      console.error(err.message);
      process.exit(1);
    }
    console.error(`[startup] database not ready, will retry on the next request: ${(err as Error).message}`);
  }
}
