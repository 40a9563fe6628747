import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireFolderLock } from './folder-lock';

/** The app's database handle, the same type whether it runs on PostgreSQL or on embedded PGlite. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type Holder = { db: Db; close: () => Promise<void>; kind: 'postgres' | 'pglite' };

// One client per process: Next.js may evaluate this module more than once (route bundles, hot reload), and two
// PGlite instances on one folder would silently diverge, so the handle lives on globalThis.
const g = globalThis as unknown as { __factcheckDb?: Promise<Holder> };

/** Connections per process on PostgreSQL (`DATABASE_POOL_MAX`, default 10). */
export function poolMax(): number {
  return Number(process.env.DATABASE_POOL_MAX) || 10;
}

/** The PGlite data folder used when no DATABASE_URL is set. */
export function pgliteDir(): string {
  return process.env.PGLITE_DIR || '.data/pglite';
}

async function open(): Promise<Holder> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(url, {
      max: poolMax(),
      onnotice: () => {},
      connect_timeout: 5,
      // postgres.js waits longer after each failed connect (up to 20 s by default) and queues queries meanwhile,
      // so after an outage requests hung for many seconds. Capped at 1 s: during an outage a request fails within
      // about a second (503 "try again"), and once the database is back the app recovers within a second.
      backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1),
    });
    return { db: drizzle({ client, schema }) as unknown as Db, close: () => client.end({ timeout: 5 }), kind: 'postgres' };
  }
  const dir = pgliteDir();
  const release = acquireFolderLock(dir);
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PGlite.create(dir);
  return {
    db: drizzle({ client, schema }) as unknown as Db,
    close: async () => {
      await client.close();
      release();
    },
    kind: 'pglite',
  };
}

/** The process-wide database handle, opened on first use. */
export function getDb(): Promise<Db> {
  g.__factcheckDb ??= open().catch((err) => {
    g.__factcheckDb = undefined;
    throw err;
  });
  return g.__factcheckDb.then((h) => h.db);
}

/** Which engine is in use (tests and the start script report it). */
export async function getDbKind(): Promise<'postgres' | 'pglite'> {
  await getDb();
  return (await g.__factcheckDb!).kind;
}

/** Closes the process-wide handle (tests, scripts); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const holder = g.__factcheckDb;
  g.__factcheckDb = undefined;
  if (holder) await (await holder).close();
}
