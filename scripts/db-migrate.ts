/** `npm run db:migrate`: applies migrations and loads the bundled articles, then exits. */
import { closeDb, getDbKind } from '../lib/db/client';
import { prepareWithContent } from '../lib/server/seed-content';

try {
  await prepareWithContent();
  console.log(`Database ready (${await getDbKind()}).`);
  await closeDb();
} catch (err) {
  console.error(`Could not prepare the database: ${(err as Error).message}`);
  process.exit(1);
}
