import { describe, expect, it } from 'vitest';
import { findPeople, isNamed } from './people';
import { makeSentences } from '@/tests/support/sentences';

const roles = (texts: string[]) => findPeople(makeSentences(texts)).filter(isNamed).map((p) => [p.name, p.roles]);

describe('findPeople on common news patterns', () => {
  it('never lists bridges, prisons, journals or institutions as people', () => {
    const people = findPeople(makeSentences([
      'Traffic returned to Kessler Bridge as the inmate moved to Harwood Prison.',
      'The paper appeared in the Annals of Coastal Research and was funded by the Lindgren Foundation.',
      'Officials at Marlow County Hospital and Pine Valley Council declined to comment.',
    ]));
    expect(people.filter(isNamed)).toEqual([]);
  });

  it('never lists holidays, hotels, mosques, temples or caves as people', () => {
    const people = findPeople(makeSentences([
      'The mayor spoke on Harvest Moon Day at the Golden Lotus Hotel.',
      'Pilgrims walked from Masjid Al-Noor to the Grand Mosque, then to Silver Dragon Temple and Owl Cave.',
    ]));
    expect(people.filter(isNamed)).toEqual([]);
  });

  it('never lists a school, a newspaper or a hospital said short as people, but keeps a person a body is named after', () => {
    const people = findPeople(makeSentences([
      'Parents at Birch Lane Elementary heard the news from the Dunmore Ledger.',
      'Birch Lane will close in June, and patients will move to Carrow General.',
      'The Tomas Reyes Foundation paid for the new wing, and Reyes thanked the staff.',
      'Tomas Reyes said the gift was overdue.',
    ]));
    expect(people.filter(isNamed).map((p) => p.name)).toEqual(['Tomas Reyes']);
  });

  it('never lists a place named before the kind of place it is ("the Hollins Green ward") as a person', () => {
    const people = findPeople(makeSentences([
      'The opposition leader, Councillor Ruth Abney, voted against the plan.',
      'Abney, 58, who represents the Marston Vale ward, said the cost was too high.',
      'Residents of the Kelby Moor estate have waited years for repairs.',
    ]));
    expect(people.filter(isNamed).map((p) => p.name)).toEqual(['Ruth Abney']);
  });

  it('ends a role before a participle clause, and gives no role cut off mid-name by the length limit', () => {
    const named = ['Oskar Lind', 'Edna Vale', 'Pia Rahm'];
    expect(roles([
      'Oskar Lind, a music student visiting from the north, clapped loudest.',
      'Retired schoolteacher Edna Vale drove in from the coast.',
      'Pia Rahm, a night nurse at the county hospital and treasurer of the Dunmore Valley Rowing Club Supporters Trust, said little.',
    ]).filter(([name]) => named.includes(name as string))).toEqual([
      ['Oskar Lind', ['music student']],
      ['Edna Vale', ['retired schoolteacher']],
      ['Pia Rahm', []],
    ]);
  });

  it('reads appositives with a possessor, a noun modifier or a bare role noun', () => {
    expect(roles([
      'Tomas Berg, the city’s transport director, said the buses were late.',
      'The survey was led by Dr. Lena Fiore, a marine biologist at Solent University.',
      'Councillor Ada Moss, chair of the planning committee, disagreed.',
      'Rafael Ortiz, a councillor for the harbour ward, voted yes.',
    ])).toEqual([
      ['Tomas Berg', ['city’s transport director']],
      ['Lena Fiore', ['marine biologist at Solent University']],
      ['Ada Moss', ['councillor', 'chair of the planning committee']],
      ['Rafael Ortiz', ['councillor for the harbour ward']],
    ]);
  });

  it('reads roles before the name, "who chairs" clauses and "Name, 52, of Town" openers', () => {
    expect(roles([
      'Nearby, florist owner Ines Halloran said trade was slow.',
      'The lead author Pavel Marek said more work was needed.',
      'Greta Lund, who chairs the library board, asked for patience.',
      'Owen Pryce, 52, of Ashford, a retired teacher, said he was worried.',
      'Nadia Voss, 47, ran the Eastgate Food Bank from 2012 until 2021.',
    ])).toEqual([
      ['Ines Halloran', ['florist owner']],
      ['Pavel Marek', ['lead author']],
      ['Greta Lund', ['chairs the library board']],
      ['Owen Pryce', ['retired teacher']],
      ['Nadia Voss', ['ran the Eastgate Food Bank']],
    ]);
  });

  it('does not take a two-word home town for a person', () => {
    expect(roles(['Lena Hart, 38, of Cedar Falls, a mother of three, said the bus was late.'])).toEqual([['Lena Hart', ['mother of three']]]);
  });

  it('keeps a capitalised role out of the name, reads abbreviated titles, and keeps a team name whole in a role', () => {
    const people = findPeople(makeSentences([
      'Halvern Foods Chief Executive Marta Quill said the plant would stay open.',
      'Town Council Leader Idris Penhale opened the meeting.',
      '"We will not sell," Cllr Penhale said, and Prof. Quill nodded.',
      'Westbrook City coach Ola Brandt was furious.',
    ]));
    const named = people.filter(isNamed).map((p) => [p.name, p.roles]);
    expect(named).toEqual([
      ['Marta Quill', ['Halvern Foods chief executive', 'professor']],
      ['Idris Penhale', ['Town Council leader', 'councillor']],
      ['Ola Brandt', ['Westbrook City coach']],
    ]);
  });

  it('reads a surname that is also an abbreviated title ("Sen") as a name, and a hospital named "General" as no one', () => {
    const people = findPeople(makeSentences([
      '"The price looks fair," said Ravi Sen, an analyst at Kettle Bank.',
      'Patients moved to Ashby General on Monday.',
    ]));
    expect(people.filter(isNamed).map((p) => p.name)).toEqual(['Ravi Sen']);
  });
});

