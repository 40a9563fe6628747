import fs from 'node:fs';
import path from 'node:path';

/** Thrown when another live process already holds the PGlite folder. */
export class FolderLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock on a PGlite data folder. PGlite itself does not lock its folder, and two processes
 * writing one folder corrupt it silently, so a second process is refused with a message saying what to do.
 * A lock left by a process that died is taken over. Returns the function that releases the lock.
 */
export function acquireFolderLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '..', `${path.basename(dir)}.lock`);
  for (let tries = 0; tries < 2; tries++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(file, 'utf8'));
      if (holder === process.pid || !Number.isInteger(holder) || !alive(holder)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      throw new FolderLockedError(
        `The embedded database folder ${path.resolve(dir)} is already in use by process ${holder}. ` +
          'Stop that process first, or set PGLITE_DIR to another folder (or DATABASE_URL to use PostgreSQL).',
      );
    }
  }
  throw new FolderLockedError(`Could not lock the embedded database folder ${path.resolve(dir)}.`);
}
