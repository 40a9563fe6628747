import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { contentArticles } from '@/lib/content/manifest';
import { listArticles } from '@/lib/db/queries/articles';
import { toCards } from '@/lib/library/card-facts';
import { prepareWithContent, seedContent } from '@/lib/server/seed-content';

afterAll(closeDb);
beforeAll(prepareWithContent, 180_000); // the demo article alone (SEED_LIBRARY=0 in tests/unit/setup-db.ts)

describe('the bundled library', () => {
  it('loads every article once, and a second start analyses and inserts nothing', async () => {
    // On PostgreSQL the database is shared by every test file: other files' articles are listed too, so only the
    // bundled ones are looked at, and a database the library was seeded into before gets none again.
    const slugs = new Set(contentArticles.map((a) => a.slug));
    const bundled = async () => toCards(await listArticles()).filter((c) => slugs.has(c.slug));
    const before = (await bundled()).length;
    process.env.SEED_LIBRARY = '1';
    try {
      expect(await seedContent()).toEqual({ created: contentArticles.length - before });
      expect(await seedContent()).toEqual({ created: 0 });
    } finally {
      process.env.SEED_LIBRARY = '0';
    }
    const cards = await bundled();
    expect(cards.map((c) => c.slug).sort()).toEqual(contentArticles.map((a) => a.slug).sort());
    expect(cards[0].slug).toBe('rust-baldwin-dismissal'); // the one featured article comes first
    for (const c of cards) {
      expect(c.topic).not.toBeNull();
      expect(c.questionCount).toBeGreaterThan(0);
      expect(c.words).toBeGreaterThan(150);
    }
    expect(cards.find((c) => c.slug === 'hajj-stampede')).toMatchObject({ title: 'Hundreds dead in Hajj stampede', date: '2006-01-12', source: 'Wikinews (CC BY 2.5)', length: 'short', topic: 'world' });
  }, 180_000);
});
