import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../article/parse';
import { splitSentences, splitParagraph } from './sentences';

const seed = readFileSync(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');
const truth = JSON.parse(readFileSync(new URL('../../tests/fixtures/seed-ground-truth.json', import.meta.url), 'utf8'));
const truthSentences: Array<{ text: string; words: number }> = truth.units.filter(
  (u: { kind: string }) => u.kind.startsWith('sentence'),
);

const split = (p: string) => splitParagraph(p).map(([s, e]) => p.slice(s, e));

describe('splitSentences on the seed', () => {
  const article = parseArticle(seed);
  const sentences = splitSentences(article);
  it('gives exactly the 18 hand-checked sentences with their word counts', () => {
    expect(truthSentences).toHaveLength(18);
    expect(sentences.map((s) => s.text)).toEqual(truthSentences.map((u) => u.text));
    expect(sentences.map((s) => s.words)).toEqual(truthSentences.map((u) => u.words));
  });
  it('keeps the colon lead-in as its own sentence and the stray spaces', () => {
    expect(sentences[4].text).toBe('Here’s how Baldwin responded on his Instagram :');
    expect(sentences[1].text.endsWith('against Baldwin .')).toBe(true);
  });
  it('gives offsets that slice the paragraph back to the sentence', () => {
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(article.paragraphs[s.paragraph].slice(s.start, s.end)).toBe(s.text);
    });
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7]);
  });
});

describe('splitParagraph on hard cases', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. Smith went to Washington. He was tired.', ['Mr. Smith went to Washington.', 'He was tired.']],
    ['Dr. Jones arrived at 5 p.m. She left early.', ['Dr. Jones arrived at 5 p.m.', 'She left early.']],
    ['The case No. 23-1234 was filed in Jan. 2024 in the U.S. District Court.', ['The case No. 23-1234 was filed in Jan. 2024 in the U.S. District Court.']],
    ['He moved to Santa Fe, N.M. last year. Then he left.', ['He moved to Santa Fe, N.M. last year.', 'Then he left.']],
    ['“Are you sure?” she asked. Nobody answered.', ['“Are you sure?” she asked.', 'Nobody answered.']],
    ['He said, “It is over.” Then he left.', ['He said, “It is over.”', 'Then he left.']],
    ['John F. Kennedy was president. He died in 1963.', ['John F. Kennedy was president.', 'He died in 1963.']],
    ['Gov. Michelle Lujan Grisham spoke. Sen. Smith replied.', ['Gov. Michelle Lujan Grisham spoke.', 'Sen. Smith replied.']],
    ['Mrs. Brown and Ms. Green met St. John on Feb. 3 at 10 a.m. on Monday.', ['Mrs. Brown and Ms. Green met St. John on Feb. 3 at 10 a.m. on Monday.']],
    ['They moved to the U.S. The move was hard.', ['They moved to the U.S.', 'The move was hard.']],
    ['He works at Acme Inc. The firm is big.', ['He works at Acme Inc.', 'The firm is big.']],
    ['It cost $5.5 million. Prices rose! Why? Nobody knows.', ['It cost $5.5 million.', 'Prices rose!', 'Why?', 'Nobody knows.']],
    ['Gen. Lee and Rep. Jones met. They talked.', ['Gen. Lee and Rep. Jones met.', 'They talked.']],
    ['The answer was no. He earned a Ph.D. in physics.', ['The answer was no.', 'He earned a Ph.D. in physics.']],
    ['It cost approx. $4 million (approx. £3m). Work starts soon.', ['It cost approx. $4 million (approx. £3m).', 'Work starts soon.']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
  it('keeps a paragraph without end punctuation as one sentence', () => {
    expect(split('  A line with no ending  ')).toEqual(['A line with no ending']);
  });
});

describe('splitParagraph properties', () => {
  const token = fc.constantFrom('The', 'judge', 'Mr.', 'U.S.', 'No.', '5', 'p.m.', 'said', '“Yes.”', 'it', 'ended.', 'Why?', 'no!', ' .', ':', 'Inc.', 'F.', 'Ph.D.', 'a', 'in');
  it('covers every non-space character once, in order, with exact slices', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 40 }), fc.constantFrom(' ', '  ', ' \t'), (tokens, gap) => {
        const paragraph = tokens.join(gap);
        const spans = splitParagraph(paragraph);
        let last = 0;
        for (const [s, e] of spans) {
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          expect(paragraph.slice(s, e)).toBe(paragraph.slice(s, e).trim());
          last = e;
        }
        const covered = spans.map(([s, e]) => paragraph.slice(s, e)).join('').replace(/\s/g, '');
        expect(covered).toBe(paragraph.replace(/\s/g, ''));
      }),
    );
  });
});

describe('sentences in brackets', () => {
  it('ends a bracketed sentence at its closing bracket, but not a bracket inside a sentence', () => {
    const parts = (t: string) => splitParagraph(t).map(([a, b]) => t.slice(a, b));
    expect(parts('We count the dust. (A grain is a millionth of a metre.) Then we sort it.')).toEqual([
      'We count the dust.',
      '(A grain is a millionth of a metre.)',
      'Then we sort it.',
    ]);
    expect(parts('He was born in Paris (France.) Then he left.')).toEqual(['He was born in Paris (France.) Then he left.']);
  });
});

describe('a time of day before a capitalised word', () => {
  it('ends the sentence after "a.m."/"p.m." before a name or a noun, not before a day, a month or a time zone', () => {
    const texts = (p: string) => splitSentences(parseArticle(`Title here\n\n${p}\n\n${'Filler words for length. '.repeat(8)}`)).map((s) => s.text);
    expect(texts('The siren sounded just after 4 a.m. Marta Quell said she ran outside at once.').slice(0, 2)).toEqual([
      'The siren sounded just after 4 a.m.',
      'Marta Quell said she ran outside at once.',
    ]);
    expect(texts('The jury came back at 3 p.m. Jurors cleared him of two counts.').slice(0, 2)).toEqual([
      'The jury came back at 3 p.m.',
      'Jurors cleared him of two counts.',
    ]);
    expect(texts('The warning runs until 8 p.m. Wednesday for the valley. The polls close at 9 p.m. ET tonight.').slice(0, 2)).toEqual([
      'The warning runs until 8 p.m. Wednesday for the valley.',
      'The polls close at 9 p.m. ET tonight.',
    ]);
  });
});
