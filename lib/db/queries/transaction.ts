import type { Db } from '../client';
import { readyDb } from '../ready';

/** A transaction handle; query functions that take `tx` run inside the caller's transaction. */
export type Tx = Db;

/**
 * Runs `work` in one transaction (committed when it returns, rolled back when it throws), so a use case can make
 * several queries' writes belong together without touching the database handle itself.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await readyDb();
  return db.transaction((tx) => work(tx as unknown as Tx));
}
