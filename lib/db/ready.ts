import { getDb, type Db } from './client';
import { prepareDatabase } from './prepare';

/**
 * The database after migrations and the seed have run in this process. Queries use this, so a server that
 * started while the database was down prepares it on the first request after it comes back.
 */
export async function readyDb(): Promise<Db> {
  await prepareDatabase();
  return getDb();
}
