import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distinctItems, kindRow, kindRows, meetsBar, meetsItemBar, type KindRow } from './kinds';

/**
 * The question kinds on the seed and the gold corpus (../shared/corpus). The issue asks, of every article, 3
 * evidence items, 2 two-part items, 1 order item (where 3+ dates are sure) and 1 several-answer item. The
 * generator asks only what the analysis is sure of, and on some corpus articles it is sure of too little (no
 * quotations found in an interview, no dates, few roles): those articles are held at what they reach today, so
 * nothing slips back, and the ones that meet the bar must keep meeting it. Raise a floor when a change earns it.
 */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const SEED = fileURLToPath(new URL('../../lib/content/rust-baldwin-dismissal.txt', import.meta.url));

/**
 * evidence, two-part, order, multi today (`node --import tsx scripts/eval/kind-gaps.ts --why` says why the rest were
 * turned down). The interviews fall short on evidence items: their facts are in first-person turns that name no one,
 * and the turn label, not a sentence, says who speaks; peres names one person and quotes no one else. Items of figures against near misses
 * (double, half) were dropped after the fifth blind review failed all of them (the odd number gives the answer away). news-crane,
 * news-expo and news-flag give few figures, roles or quotations the analysis is sure of.
 * Lowered when the bank became one quiz (lib/quiz/one-quiz.ts; the sixth review's brief): every item no longer
 * counted repeated another item of the same bank, which a blind reviewer fails (news-nasa's evidence item on when
 * Discovery retired, also a two-part item; its "Which two happened in 2011?" over the order item's own events;
 * interview-cyclone's picks of four guests' turns, each offering the sentences of the others; news-warhol's
 * who-said evidence items on the quotes its two-part items ask). interview-stardust's pick of the guest's words
 * offered the article's own narration ("Some may not know exactly what Stardust is") as what the guest did not say,
 * beside a right option that reads the same way: a pick of a guest's words now offers only words someone says.
 * news-nasa's two-part item on Gregoire's four-sentence quotation keyed its first and last sentences as part B,
 * skipping the two between (lib/quiz/wording.ts farSpeaker).
 * Lowered after the seventh review failed "Which sentence shows who said …?" beside another item about people keyed
 * to the same sentence (one answers the other): news-crane's who-said item on Al-Maeena's sentence, which its who-is
 * item keys; news-flag's two who-said items on Burrows' sentence, which its who-is item on him keys as well.
 * Lowered after the seventh and eighth reviews' repeats across items of one bank (one-quiz.ts samePerson: one person
 * settled by one clause): news-asylum's two-part who-said item on Basya beside its two-part item on "spokesman for the
 * Indonesian military", news-nasa's "Which sentence shows that John Cornyn is a senator?" beside its two-part item on
 * his quotation, news-clock's "… that Marc Lamont Hill is a professor?" beside its two-part item on his; news-nasa's "when"
 * evidence and two-part items on the celebration and on Discovery dated the events of its order item one by one
 * (orderRepeats: the order item stays, the other kinds ask other facts).
 */
const FLOORS: Record<string, [number, number, number, number]> = {
  'interview-chomsky': [1, 2, 0, 1],
  'interview-cyclone': [0, 6, 0, 1],
  'interview-libertarian': [0, 2, 0, 1],
  'interview-onion': [0, 0, 0, 1],
  'interview-peres': [0, 0, 0, 1],
  'interview-stardust': [0, 0, 0, 0],
  'news-afghan': [1, 1, 0, 0],
  'news-asylum': [1, 2, 0, 0],
  'news-clock': [1, 4, 0, 0],
  'news-crane': [2, 0, 0, 0],
  'news-expo': [0, 0, 0, 0],
  'news-flag': [2, 0, 0, 0],
  'news-lanterns': [0, 0, 0, 0],
  'news-nasa': [2, 2, 1, 0],
  'news-stampede': [0, 0, 0, 0],
  'news-warhol': [2, 3, 0, 2],
};
// The interviews' two-part floors fell with the tenth set's turn rule (part B keys the turn's first sentence too).
// news-warhol met the bar until the ninth blind set's rule (no "who said …" whose stem prints its sentence) took
// its third evidence item.
const MEETS: string[] = [];

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

  it('keeps its distinct items of every kind, and the articles with 10 items over 5 skills', () => {
    // 148 items and 3 articles at generator version 9, before interviews' introductions, world-news vocabulary,
    // reported speech and roles with their proper noun; a two-part item whose part A is a bank question counts once.
    // 179 with those; 140 (5 articles) once the bank became one quiz (no item repeating another, lib/quiz/one-quiz.ts);
    // 126 (3) after the sixth blind review: no "Which sentence shows the figure of …?" without a named source (a
    // search for the printed number, failed in both reviews), one who-said question per speech; 125 after the
    // seventh: "Which sentence shows who said …?" beside another item about people keyed to its sentence is a repeat;
    // 124 with the seventh review's numbers rules (a framing period and a share with no "of what" are not asked);
    // 123 with the eighth set's (a figure after a pronoun subject, a quoted fragment as "find the proof"); 116 (2)
    // with the repeats across items of one bank (one-quiz.ts: one person settled by one clause, an order's events
    // dated one by one; the items are named above FLOORS), news-asylum falling to 9 items; 114 after the ninth: no
    // "find the proof" of who said words its stem prints (most of the sentence: a search, not a reading task), which
    // took news-afghan's tenth item (1 article at 10 items over 5 skills); 109 after the tenth: who speaks a sentence
    // later in an interview's turn is asked only near the label, with the turn's first sentence in part B; 107 with
    // no interviewer offered as who says a guest's words (a dead option), so a one-guest interview needs two people
    // with no turn to ask it; 106 with wrong meanings only from a vocabulary key's own field.
    expect(rows.reduce((n, r) => n + r.items, 0)).toBeGreaterThanOrEqual(106);
    expect(rows.filter((r) => meetsItemBar(r)).length).toBeGreaterThanOrEqual(1);
  });
});

describe('distinct items', () => {
  const q = (prompt: string, kind?: 'two-part' | 'evidence') => ({ id: prompt, skill: 'who-said' as const, prompt, kind, options: [], answer: 0, evidence: [0], explanation: '', difficulty: 1 as const });
  it('counts a two-part item once when its part A is a choice question of the bank, and every other item', () => {
    const bank = [q('Who said it?'), q('Who said it?', 'two-part'), q('Who is Ana Ruiz?', 'two-part'), q('Which sentence shows it?', 'evidence')];
    expect(distinctItems(bank).map((x) => x.prompt)).toEqual(['Who said it?', 'Who is Ana Ruiz?', 'Which sentence shows it?']);
  });
});
