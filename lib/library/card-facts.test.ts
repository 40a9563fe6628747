import { describe, expect, it } from 'vitest';
import { filterCards, filterHref, lengthBand, parseFilter, readingLevel, shownGrade, toCards } from './card-facts';

describe('card facts', () => {
  it('puts a Flesch-Kincaid grade in a level by its whole grade', () => {
    expect(readingLevel(7.5)).toBe('easier');
    expect(readingLevel(10.4)).toBe('easier');
    expect(readingLevel(10.5)).toBe('standard'); // shown as grade 11
    expect(readingLevel(12.4)).toBe('standard');
    expect(readingLevel(12.5)).toBe('challenging'); // shown as grade 13
    expect(readingLevel(18)).toBe('challenging');
  });

  it('never shows a grade below 1', () => {
    expect(shownGrade(-3.2)).toBe(1);
    expect(shownGrade(12.6)).toBe(13);
  });

  it('bands reading minutes into short, medium and long', () => {
    expect([1, 2, 3, 4, 5, 7].map(lengthBand)).toEqual(['short', 'short', 'medium', 'medium', 'long', 'long']);
  });

  it('takes the topic from the manifest, none for an article that does not ship with the app', () => {
    const [shipped, other] = toCards([
      { slug: 'nasa-shuttle-anniversary', words: 886, readingMinutes: 4, fleschKincaidGrade: 14.3 },
      { slug: 'a-teachers-own', words: 200, readingMinutes: 1, fleschKincaidGrade: 8 },
    ]);
    expect(shipped).toMatchObject({ topic: 'science', level: 'challenging', length: 'medium', grade: 14 });
    expect(other).toMatchObject({ topic: null, level: 'easier', length: 'short', grade: 8 });
  });
});

describe('library filter', () => {
  const cards = toCards([
    { slug: 'nasa-shuttle-anniversary', words: 886, readingMinutes: 4, fleschKincaidGrade: 14.3 },
    { slug: 'cyclone-phailin-experts', words: 739, readingMinutes: 4, fleschKincaidGrade: 9.3 },
    { slug: 'hajj-stampede', words: 209, readingMinutes: 1, fleschKincaidGrade: 12.6 },
  ]);

  it('reads the URL and ignores values it does not know', () => {
    expect(parseFilter({ topic: 'science', length: ['medium', 'long'], level: 'hardest' })).toEqual({ topic: 'science', length: 'medium', level: null });
    expect(parseFilter({})).toEqual({ topic: null, length: null, level: null });
  });

  it('keeps the cards that match every chosen part', () => {
    expect(filterCards(cards, parseFilter({ topic: 'science' })).map((c) => c.slug)).toEqual(['nasa-shuttle-anniversary', 'cyclone-phailin-experts']);
    expect(filterCards(cards, parseFilter({ topic: 'science', level: 'easier' })).map((c) => c.slug)).toEqual(['cyclone-phailin-experts']);
    expect(filterCards(cards, parseFilter({ length: 'long' }))).toEqual([]);
    expect(filterCards(cards, parseFilter({}))).toHaveLength(3);
  });

  it('writes a short, shareable URL with only the parts set', () => {
    expect(filterHref({ topic: 'world', length: null, level: 'standard' })).toBe('/?topic=world&level=standard#library');
    expect(filterHref({ topic: null, length: null, level: null })).toBe('/#library');
  });
});
