import { FolderLockedError } from '../db/folder-lock';
import { prepareWithContent } from './seed-content';

/**
 * Server start-up (Node.js runtime only): migrate and seed. If the database is down, the server still starts:
 * pages show a friendly error and the first request after it is back prepares it (lib/db/ready.ts). A PGlite
 * folder held by another process is fatal, because two servers on one folder would corrupt it.
 */
export async function startup(): Promise<void> {
  try {
    await prepareWithContent();
  } catch (err) {
    if (err instanceof FolderLockedError) {
      console.error(err.message);
      process.exit(1);
    }
    console.error(`[startup] database not ready, will retry on the next request: ${(err as Error).message}`);
  }
}
