import { describe, it, expect } from 'vitest';
import { findFigures, restated } from './numbers';
import { layout } from '@/tests/support/sentences';
import type { Person } from './types';

const person = (name: string, aliases: string[] = []): Person => ({
  id: name, name, kind: 'person', roles: ['official'], aliases, mentions: [], roleSentence: null,
});
const people = [person('Lena Okafor', ['Okafor']), person('Tomas Brandt', ['Brandt'])];
const figuresOf = (...paragraphs: string[][]) => findFigures(layout(paragraphs).sentences, people);

describe('findFigures', () => {
  it('reads counts with what they count, money, percentages, distances and hedges', () => {
    const figs = figuresOf([
      'Rescuers pulled at least 312 passengers from the ferry on Monday.',
      'The council set aside $2.5 million for repairs, and turnout was 41 percent.',
      'Volunteers walked about 120 miles to the coast.',
    ]);
    expect(figs.map((f) => [f.text, f.kind, f.head, f.qualifier])).toEqual([
      ['312', 'count', 'passengers', 'at least'],
      ['$2.5 million', 'money', '$', null],
      ['41', 'percent', 'percent', null],
      ['120', 'distance', 'miles', 'about'],
    ]);
    expect(figs[1].value).toBe(2_500_000);
  });

  it('reads "probably" and "close to" as hedges, and "over" after a verb as its particle, not as "more than"', () => {
    const figs = figuresOf([
      'The treasurer handed over $48,000 to the auditors in May.',
      'Over 300 residents signed the petition.',
      'The first fair drew probably 150 visitors, and close to 90 stalls.',
    ]);
    expect(figs.map((f) => [f.text, f.qualifier])).toEqual([['$48,000', null], ['300', 'over'], ['150', 'probably'], ['90', 'close to']]);
  });

  it('reads money in dollars of other countries with its currency ("NZ$26 million", "A$4.8 million")', () => {
    const figs = figuresOf(['The referendum will cost NZ$26 million, and the reef project got A$4.8 million over four years.']);
    expect(figs.map((f) => [f.text, f.kind, f.value])).toEqual([
      ['NZ$26 million', 'money', 26e6],
      ['A$4.8 million', 'money', 4.8e6],
    ]);
  });

  it('reads small counts of people in words, but not small counts of anything else', () => {
    const figs = figuresOf(['The crash killed nine workers.', 'She gave two reasons for leaving.']);
    expect(figs.map((f) => [f.value, f.head])).toEqual([[9, 'workers']]);
  });

  it('leaves out years, dates, ranks, ages, codes, ranges, compounds and names', () => {
    const figs = figuresOf([
      'In 2019, on March 14, the 3rd flight of the XR-200 took off with a 12-year-old aboard.',
      'Between 40 and 60 boats, or 5 to 8 ships, sailed past Pier 39 at age 70 in a 20 minute window.',
    ]);
    expect(figs).toEqual([]);
  });

  it('skips figures inside quotations, also when the quotation began in an earlier sentence', () => {
    const figs = figuresOf(['Okafor said, "We counted 400 volunteers. Then 900 more families came."', 'Police counted 250 marchers.']);
    expect(figs.map((f) => f.value)).toEqual([250]);
    const carried = figuresOf(['"We fed 300 families.', 'We also housed 80 children," the mayor said.']);
    expect(carried).toEqual([]);
  });

  it('names whose figure it is from "according to" or a person who said it, and nobody otherwise', () => {
    const figs = figuresOf([
      'The storm damaged 4,000 homes, according to Lena Okafor.',
      'Tomas Brandt, the county engineer, said 35 bridges were closed.',
      'Estimates suggest 600 families lost power.',
      'According to the agency, Brandt said 70 roads flooded.',
    ]);
    expect(figs.map((f) => [f.value, f.source])).toEqual([
      [4000, 'Lena Okafor'],
      [35, 'Tomas Brandt'],
      [600, null],
      [70, null],
    ]);
  });

  it('gives no source to the people a speaker told, nor to figures after a quotation the speaker is named for', () => {
    const figs = figuresOf([
      '"We kept every school open," Tomas Brandt told about 150 volunteers at the depot.',
      'Lena Okafor told 40 reporters that 300 homes were still empty.',
      '"The work is finished," Brandt said to 80 residents at the hall.',
    ]);
    expect(figs.map((f) => [f.value, f.source])).toEqual([
      [150, null],
      [40, null],
      [300, 'Lena Okafor'],
      [80, null],
    ]);
  });

  it('flags a figure the article later revises for the same thing', () => {
    const { sentences } = layout([['The flood killed 41 people on Sunday.', 'By Tuesday the toll rose to 57 people.']]);
    const figs = findFigures(sentences, people);
    expect(figs).toHaveLength(2);
    expect(restated(figs[0], figs, sentences)).toBe(true);
  });

  // Its time is measured in `npm run bench:quiz`, not here: a timed test fails on a busy machine.
  it('stays bounded on hostile input', () => {
    const digits = '1234567890,'.repeat(9100);
    const many = `${Array.from({ length: 5000 }, (_, i) => `${i + 10} people`).join(', ')}.`;
    const a = figuresOf([digits], [many]);
    const b = figuresOf(...Array.from({ length: 400 }, () => ['Crews saved 120 sailors and 45 divers.']));
    expect(a.length).toBeLessThanOrEqual(12);
    expect(b.length).toBeLessThanOrEqual(300);
  });
});

describe('a figure given by a named body', () => {
  it('credits a company named like a person, but not a lower-case group', () => {
    const body: Person = { id: 'b', name: 'Brindle Cartons', kind: 'group', roles: [], aliases: [], mentions: [], roleSentence: null };
    const crowd: Person = { id: 'c', name: 'local traders', kind: 'group', roles: [], aliases: [], mentions: [], roleSentence: null };
    const figs = findFigures(layout([['Brindle Cartons said the plant had lost $12 million last year.', 'local traders said 40 shops would shut.']]).sentences, [body, crowd]);
    expect(figs.map((f) => [f.value, f.source])).toEqual([[12_000_000, 'Brindle Cartons'], [40, null]]);
  });
});
