import path from 'node:path';
import { getDb } from './client';

const migrationsFolder = () => path.join(process.cwd(), 'drizzle');

/**
 * Applies the drizzle-kit migrations in drizzle/. On PostgreSQL it uses a single dedicated connection holding an
 * advisory lock, so two app instances that start together do not apply the same migration twice.
 */
export async function migrateDb(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate((await getDb()) as never, { migrationsFolder: migrationsFolder() });
    return;
  }
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await client`select pg_advisory_lock(734521)`;
    await migrate(drizzle({ client }), { migrationsFolder: migrationsFolder() });
    await client`select pg_advisory_unlock(734521)`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
