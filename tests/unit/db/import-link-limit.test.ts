import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_LINK_LIMIT } from '@/lib/auth/rate-limit-policy';
import { closeDb, getDb } from '@/lib/db/client';
import { articles } from '@/lib/db/schema';
import { importFromLink } from '@/lib/server/import-from-link';
import { makeTeacher } from './helpers';

afterAll(closeDb);

describe('importing from a link is limited per teacher', () => {
  it('allows 20 tries in 10 minutes, refuses the 21st before fetching anything, not another teacher’s, and frees up as the window slides', async () => {
    expect(IMPORT_LINK_LIMIT).toEqual({ limit: 20, windowSeconds: 600 });
    const [ada, bo] = [await makeTeacher('Ada'), await makeTeacher('Bo')];
    // A link-local address: each try is counted, then refused by the fetcher (nothing leaves the machine).
    const url = 'http://169.254.169.254/latest/';
    const t0 = Date.now();
    for (let n = 0; n < 20; n++) {
      const r = await importFromLink(ada, { url, now: t0 + n });
      expect(r.ok ? '' : r.error).not.toMatch(/a lot of pages/);
    }
    const refused = await importFromLink(ada, { url, now: t0 + 20 });
    expect(refused).toEqual({ ok: false, error: 'You have imported a lot of pages in a short time. Try again in 10 minutes.' });
    expect((await importFromLink(bo, { url, now: t0 + 20 })).ok ? '' : 'refused').toBe('refused'); // refused by the fetcher…
    expect(await importFromLink(bo, { url, now: t0 + 21 })).not.toEqual(refused); // …not by Ada's limit
    // Ten minutes after the first try, one slot is free again.
    expect((await importFromLink(ada, { url, now: t0 + 600_001 }))).not.toEqual(expect.objectContaining({ error: expect.stringMatching(/a lot of pages/) }));
    const db = await getDb();
    expect(await db.select().from(articles).where(eq(articles.ownerId, ada.id))).toEqual([]);
  }, 90_000); // the first test of the file also waits for the database to be prepared
});
