import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../article/parse';
import { splitSentences } from './sentences';
import { findStatements } from './claims';
import type { Person, Sentence } from './types';

const seed = readFileSync(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');
const person = (name: string, aliases: string[], kind: Person['kind'] = 'person', roles: string[] = []): Person =>
  ({ id: name, name, kind, roles, aliases, mentions: [], roleSentence: null });
const people: Person[] = [
  person('Alec Baldwin', ['Baldwin']),
  person('Mary Marlowe Sommer', ['Sommer', 'Judge Sommer'], 'person', ['judge']),
  person('Kari Morrissey', ['Morrissey'], 'person', ['one of the prosecutors']),
  person('Hannah Gutierrez-Reed', ['Gutierrez-Reed'], 'person', ['armorer']),
  person('Halyna Hutchins', ['Hutchins'], 'person', ['cinematographer']),
  person("Baldwin's lawyers", [], 'group'),
];
const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, text, paragraph: index, start: 0, end: text.length, words: 0 }));

describe('findStatements on the seed', () => {
  const all = findStatements(splitSentences(parseArticle(seed)), people);
  const at = (i: number) => all.filter((s) => s.sentence === i).map(({ kind, verb, who }) => ({ kind, verb, who }));
  it('tells the record from claims, with whose claim', () => {
    expect(at(1)).toEqual([{ kind: 'record', verb: 'dismissed', who: 'Mary Marlowe Sommer' }]);
    expect(at(3)).toEqual([{ kind: 'record', verb: 'ruled', who: 'Mary Marlowe Sommer' }]);
    expect(at(7)).toEqual([{ kind: 'claim', verb: 'shared that', who: 'Mary Marlowe Sommer' }]);
    expect(at(8)).toEqual([{ kind: 'claim', verb: 'claimed', who: 'a man' }]);
    expect(at(9)).toEqual([
      { kind: 'claim', verb: 'alleged', who: "Baldwin's lawyers" },
      { kind: 'record', verb: 'filed', who: "Baldwin's lawyers" },
      { kind: 'record', verb: 'approved', who: null },
    ]);
    expect(at(10)).toEqual([{ kind: 'claim', verb: 'said', who: 'Mary Marlowe Sommer' }]);
    expect(at(12)).toEqual([
      { kind: 'claim', verb: 'said', who: 'Kari Morrissey' },
      { kind: 'claim', verb: 'claimed', who: 'Kari Morrissey' },
    ]);
    expect(at(13)).toEqual([{ kind: 'record', verb: 'charged', who: 'an indictment' }]);
    expect(at(14)).toEqual([
      { kind: 'record', verb: 'sentenced', who: null },
      { kind: 'record', verb: 'found guilty', who: null },
    ]);
    expect(at(15)).toEqual([{ kind: 'claim', verb: 'said', who: 'Mary Marlowe Sommer' }]);
    expect(at(17)).toEqual([{ kind: 'record', verb: 'settled', who: 'Hutchins’ widower' }]);
  });
  it('keeps the content of each statement', () => {
    const morrissey = all.find((s) => s.sentence === 12 && s.verb === 'claimed');
    expect(morrissey?.content).toBe('there is “absolutely no evidence” that the ammunition in question was related to the incident with Halyna Hutchins');
    const sentenced = all.find((s) => s.sentence === 14 && s.verb === 'sentenced');
    expect(sentenced?.content).toBe('Hannah Gutierrez-Reed was sentenced to prison for 18 months for involuntary manslaughter back in April 2024 after being found guilty in March');
    const notSentenced = all.find((s) => s.sentence === 16 && s.verb === 'sentenced');
    expect(notSentenced?.content).toBe('Baldwin will not be sentenced to involuntary manslaughter');
    expect(all.find((s) => s.verb === 'approved')?.content).toBe('the case was then approved in court');
    expect(all.find((s) => s.sentence === 7)?.content).toBe('“late discovery” of certain evidence “impacted the fundamental fairness of the proceedings”');
    const filed = all.find((s) => s.sentence === 16 && s.verb === 'filed');
    expect(filed).toMatchObject({ kind: 'record', who: 'some of Hutchins’ family members' });
  });
});

describe('findStatements on invented sentences', () => {
  it('handles according to, pronouns, a judge denying, and no people', () => {
    const found = findStatements(
      sentences(
        'According to the police report, the driver was speeding.',
        'Mayor Ana Ruiz spoke on Monday.',
        'She said the bridge is safe.',
        'The judge denied the motion, and the company denied any wrongdoing.',
        'Officials argued that the plan would save money.',
      ),
      [person('Ana Ruiz', ['Ruiz'], 'person', ['mayor'])],
    );
    expect(found.map(({ sentence, kind, verb, who }) => ({ sentence, kind, verb, who }))).toEqual([
      { sentence: 0, kind: 'claim', verb: 'according to', who: 'the police report' },
      { sentence: 2, kind: 'claim', verb: 'said', who: 'Ana Ruiz' },
      { sentence: 3, kind: 'record', verb: 'denied', who: 'The judge' },
      { sentence: 3, kind: 'claim', verb: 'denied', who: 'the company' },
      { sentence: 4, kind: 'claim', verb: 'argued', who: 'Officials' },
    ]);
    expect(found[0].content).toBe('the driver was speeding');
    expect(found[4].content).toBe('the plan would save money');
  });
});
