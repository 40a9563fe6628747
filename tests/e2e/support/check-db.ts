import path from 'node:path';

/**
 * A direct connection to the database a test server used, to check what is stored rather than what the app
 * says. PostgreSQL when DATABASE_URL is set; otherwise the server's PGlite folder, which may only be opened once
 * that server has stopped (one process per folder).
 */
export type CheckDb = { query: <R = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>; close: () => Promise<void> };

export async function openCheckDb(dataDir: string): Promise<CheckDb> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import('postgres');
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    return {
      query: async <R>(q: string, params: unknown[] = []) => (await sql.unsafe(q, params as never[])) as unknown as R[],
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(path.join(dataDir, 'pglite'));
  return {
    query: async <R>(q: string, params: unknown[] = []) => (await db.query<R>(q, params)).rows,
    close: () => db.close(),
  };
}
