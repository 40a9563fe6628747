import { describe, expect, it } from 'vitest';
import { findPeople, isNamed } from './people';
import { layout, makeSentences, seedSentences } from '@/tests/support/sentences';
import type { Person } from './types';

const byName = (people: Person[], name: string) => {
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(`missing ${name}; got ${people.map((x) => x.name).join(', ')}`);
  return p;
};

describe('findPeople on the seed (ground truth section 2)', () => {
  const people = findPeople(seedSentences());

  it('finds exactly the five named people, in order of first mention', () => {
    expect(people.filter(isNamed).map((p) => p.name)).toEqual([
      'Halyna Hutchins',
      'Alec Baldwin',
      'Mary Marlowe Sommer',
      'Kari Morrissey',
      'Hannah Gutierrez-Reed',
    ]);
  });

  it('gives each named person the role the article states', () => {
    expect(byName(people, 'Halyna Hutchins').roles).toEqual(['cinematographer']);
    expect(byName(people, 'Alec Baldwin').roles).toEqual(['star', 'producer']);
    expect(byName(people, 'Mary Marlowe Sommer').roles).toEqual(['New Mexico judge']);
    expect(byName(people, 'Kari Morrissey').roles).toEqual(['one of the prosecutors']);
    expect(byName(people, 'Hannah Gutierrez-Reed').roles).toEqual(['Rust’s armorer']);
  });

  it('records the sentence where each role is stated', () => {
    expect(people.filter(isNamed).map((p) => p.roleSentence)).toEqual([0, 0, 1, 12, 14]);
  });

  it('links surnames (also possessive and titled) back to the full name', () => {
    expect(byName(people, 'Alec Baldwin').aliases).toEqual(['Baldwin']);
    expect(byName(people, 'Mary Marlowe Sommer').aliases.sort()).toEqual(['Judge Sommer', 'Sommer']);
    expect(byName(people, 'Halyna Hutchins').aliases).toEqual(['Hutchins']);
    expect(byName(people, 'Hannah Gutierrez-Reed').aliases).toEqual(['Gutierrez-Reed']);
    expect(byName(people, 'Kari Morrissey').aliases).toEqual([]);
  });

  it('lists every sentence that mentions each person', () => {
    expect(byName(people, 'Halyna Hutchins').mentions).toEqual([0, 3, 12, 16, 17]);
    expect(byName(people, 'Alec Baldwin').mentions).toEqual([0, 1, 3, 4, 9, 13, 16, 17]);
    expect(byName(people, 'Mary Marlowe Sommer').mentions).toEqual([1, 3, 7, 10, 15]);
    expect(byName(people, 'Kari Morrissey').mentions).toEqual([12]);
    expect(byName(people, 'Hannah Gutierrez-Reed').mentions).toEqual([14, 15]);
  });

  it('finds the groups that act or speak', () => {
    expect(byName(people, 'Baldwin’s lawyers')).toMatchObject({ kind: 'group', mentions: [9] });
    expect(byName(people, 'prosecutors')).toMatchObject({ kind: 'group', mentions: [3, 9, 11, 12] });
    expect(byName(people, 'the state')).toMatchObject({ kind: 'group', mentions: [10] });
    expect(byName(people, 'a man')).toMatchObject({ kind: 'person', mentions: [8] });
    expect(isNamed(byName(people, 'a man'))).toBe(false);
  });

  it('does not take the film, the platform, places, months or sentence openers for people', () => {
    const all = people.flatMap((p) => [p.name, ...p.aliases]).join(' | ');
    for (const trap of ['Rust', 'Instagram', 'New Mexico', 'Friday', 'March', 'Since', 'Now', 'Here', 'One', 'On']) {
      expect(all.split(' | ')).not.toContain(trap);
    }
    expect(people.some((p) => /Mexico|Rust|Instagram/.test(p.name) && p.kind === 'person')).toBe(false);
  });
});

describe('findPeople on invented sentences', () => {
  it('reads an appositive after the name and a title with a courtesy prefix', () => {
    const people = findPeople(
      makeSentences([
        'Jane Doe, a special prosecutor for the county, said the case was weak.',
        'Dr. Amir Patel testified on Monday.',
        'Patel later left the court.',
      ]),
    );
    expect(byName(people, 'Jane Doe').roles).toEqual(['special prosecutor for the county']);
    expect(byName(people, 'Amir Patel')).toMatchObject({ roles: [], aliases: ['Patel'], mentions: [1, 2] });
  });

  it('accepts a single surname only with a title or a role cue', () => {
    const people = findPeople(
      makeSentences(['Senator Okafor voted no.', 'Lawyer Brandt objected.', 'Paris was quiet and Apple shares fell.']),
    );
    expect(people.map((p) => [p.name, p.roles])).toEqual([
      ['Okafor', ['senator']],
      ['Brandt', ['lawyer']],
    ]);
  });

  it('splits multi-word titles and keeps hyphenated names whole', () => {
    const people = findPeople(
      makeSentences(['Prime Minister Anna Lise Berg-Olsen met Chief Justice John Roberts.', 'Berg-Olsen’s aides said little.']),
    );
    expect(byName(people, 'Anna Lise Berg-Olsen')).toMatchObject({ roles: ['prime minister'], aliases: ['Berg-Olsen'], mentions: [0, 1] });
    expect(byName(people, 'John Roberts').roles).toEqual(['chief justice']);
  });

  it('resolves a shared surname to the person mentioned most recently', () => {
    const people = findPeople(
      makeSentences(['Maria Lopez sued.', 'Her brother Carlos Lopez, a farmer, agreed.', 'Lopez said he was tired.']),
    );
    expect(byName(people, 'Carlos Lopez')).toMatchObject({ roles: ['brother', 'farmer'], mentions: [1, 2] });
    expect(byName(people, 'Maria Lopez').mentions).toEqual([0]);
  });

  it('ends an appositive role before a relative clause and names unnamed speakers with their tail', () => {
    const people = findPeople(
      makeSentences([
        'Professor Daniel Reyes, a psychologist at Eastbrook College who was not involved, said little.',
        'A spokesperson for the regional board said it would wait.',
      ]),
    );
    expect(byName(people, 'Daniel Reyes').roles).toEqual(['professor', 'psychologist at Eastbrook College']);
    expect(byName(people, 'a spokesperson for the regional board')).toMatchObject({ kind: 'person', mentions: [1] });
  });

  it('ignores places, organisations and acronyms', () => {
    const people = findPeople(makeSentences(['The Supreme Court in Los Angeles and the FBI in New York met Texas officials.', 'It appeared in the Journal of Adolescent Health Research near Old Mill Bridge.']));
    expect(people.filter(isNamed)).toEqual([]);
  });
});

describe('roles given with "is a"', () => {
  const rolesOf = (text: string) => findPeople(layout([[text]]).sentences).map((p) => [p.name, p.roles]);
  it('reads the role of a sentence that opens with the name, up to its second preposition', () => {
    expect(rolesOf('Ana Ruiz is a scientist at the University of Ghent in Belgium.')).toEqual([['Ana Ruiz', ['scientist at the University of Ghent']]]);
    expect(rolesOf('Piet Claes is the mayor of Eastvale, and he was elected in May.')).toEqual([['Piet Claes', ['mayor of Eastvale']]]);
  });
  it('takes no relation for a role', () => {
    expect(rolesOf('Ana Ruiz is a very good friend of the mayor.')).toEqual([['Ana Ruiz', []]]);
    expect(rolesOf('Ana Ruiz is the daughter of a fisherman.')).toEqual([['Ana Ruiz', []]]);
  });
});

describe('the tail of an organisation’s name is not a person', () => {
  it('finds no "Healthy Ageing" in "the Centre for Healthy Ageing"', () => {
    const names = findPeople(layout([['Owen Castell, a researcher at the Centre for Healthy Ageing, said the numbers were clear.']]).sentences).map((p) => p.name);
    expect(names).toEqual(['Owen Castell']);
  });
});

describe('a surname with a particle, capitalised at the start of a sentence', () => {
  it('is the same person as the full name ("De Vries" is Annelies de Vries), not a second one', () => {
    const people = findPeople(
      makeSentences([
        'The chief executive, Annelies de Vries, said the plant would close in May.',
        'De Vries said the company had no choice.',
        '"This is a hard day," De Vries said.',
      ]),
    );
    expect(people.filter((p) => /vries/i.test(p.name)).map((p) => p.name)).toEqual(['Annelies de Vries']);
  });
});

describe('a team position before a name at the start of a sentence', () => {
  it('is the person’s role, not part of the name ("Striker Jonah Adeyemi")', () => {
    const people = findPeople(makeSentences(['Striker Jonah Adeyemi scored the winning goal in extra time.', 'Goalkeeper Marta Lind saved a penalty before the break.']));
    const names = people.filter(isNamed).map((p) => p.name);
    expect(names).toContain('Jonah Adeyemi');
    expect(names).toContain('Marta Lind');
    expect(names.some((n) => /^(?:Striker|Goalkeeper)\b/.test(n))).toBe(false);
  });
});
