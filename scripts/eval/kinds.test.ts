import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kindRow, kindRows, meetsBar, type KindRow } from './kinds';

/**
 * The question kinds on the seed and the gold corpus (../shared/corpus). The issue asks, of every article, 3
 * evidence items, 2 two-part items, 1 order item (where 3+ dates are sure) and 1 several-answer item. The
 * generator asks only what the analysis is sure of, and on most corpus articles it is sure of too little (no
 * quotations found in an interview, no dates, few roles): those articles are held at what they reach today, so
 * nothing slips back, and the ones that meet the bar must keep meeting it. Raise a floor when a change earns it.
 */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const SEED = fileURLToPath(new URL('../../lib/content/rust-baldwin-dismissal.txt', import.meta.url));

/** evidence, two-part, order, multi today. */
const FLOORS: Record<string, [number, number, number, number]> = {
  'interview-chomsky': [2, 0, 0, 0],
  'interview-cyclone': [3, 4, 0, 4],
  'interview-libertarian': [2, 0, 0, 0], // [2, 1, 0, 0] before version 9: its two-part item rested on a bare-title who-is question
  'interview-onion': [0, 0, 0, 1],
  'interview-peres': [0, 0, 0, 0],
  'interview-stardust': [0, 0, 0, 0],
  'news-afghan': [4, 1, 0, 0],
  'news-asylum': [2, 2, 0, 0], // 3 and 3 before the merge with issue 12's generator fixes (stricter stems and people)
  'news-clock': [6, 1, 0, 0], // [6, 2, 0, 0] before version 9 (bare-title who-is questions dropped)
  'news-crane': [2, 0, 0, 0],
  'news-expo': [1, 0, 0, 0],
  'news-flag': [5, 0, 0, 0],
  'news-lanterns': [1, 0, 0, 0],
  'news-nasa': [6, 5, 1, 1],
  'news-stampede': [2, 0, 0, 0],
  'news-warhol': [8, 5, 0, 2], // [8, 6, 0, 2] before version 9 (bare-title who-is questions dropped)
};
const MEETS = ['interview-cyclone', 'news-nasa', 'news-warhol'];

const figures = (r: KindRow) => [r.counts.evidence, r.counts['two-part'], r.counts.order, r.counts.multi];

describe('question kinds on the seed', () => {
  it('meets the bar: 3+ evidence, 2+ two-part, 1+ order, 1+ several-answer items', () => {
    const row = kindRow('seed', readFileSync(SEED, 'utf8'));
    expect(row.sureDates).toBeGreaterThanOrEqual(3);
    expect(meetsBar(row), JSON.stringify(row)).toBe(true);
  });
});

describe.runIf(existsSync(CORPUS))('question kinds on the gold corpus', () => {
  const rows = kindRows(CORPUS);

  it('covers every article of the corpus', () => {
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s keeps its items of each kind', (name, row) => {
    const floor = FLOORS[name];
    figures(row).forEach((n, i) => expect(n, `${name} ${['evidence', 'two-part', 'order', 'multi'][i]}`).toBeGreaterThanOrEqual(floor[i]));
    if (row.sureDates >= 3) expect(row.counts.order, name).toBeGreaterThanOrEqual(1);
    if (MEETS.includes(name)) expect(meetsBar(row), JSON.stringify(row)).toBe(true);
  });
});
