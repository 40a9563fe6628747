/**
 * Runs once when the Next.js server starts: applies migrations and loads the bundled articles, so a fresh
 * `npm start` works with no other setup. Only in the Node.js runtime (the database drivers need it).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // The build loads this file too; it must never touch the database.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { prepareDatabase } = await import('./lib/db/prepare');
  await prepareDatabase();
}
