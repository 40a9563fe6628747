/**
 * Runs once when the Next.js server starts: applies migrations and loads the bundled articles, so a fresh
 * `npm start` works with no other setup (see lib/db/startup.ts).
 */
export async function register() {
  // The build loads this file too; it must never touch the database.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    await (await import('./lib/db/startup')).startup();
  }
}
