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
});
