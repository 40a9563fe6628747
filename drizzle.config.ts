import { defineConfig } from 'drizzle-kit';

/** drizzle-kit generates SQL migrations into drizzle/ from lib/db/schema.ts; they are applied by lib/db/migrate.ts. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './drizzle',
});
