import { describe, expect, it } from 'vitest';
import { findPeople } from './people';
import { makeSentences } from '@/tests/support/sentences';

const rolesOf = (text: string, name: string) => findPeople(makeSentences([text])).find((p) => p.name === name)?.roles ?? [];

describe('a proper noun before a role says whose role it is', () => {
  it('keeps the company, the party or the acronym that qualifies a lower-case role', () => {
    expect(rolesOf('Facebook co-founder Mark Zuckerberg tweeted to the boy.', 'Mark Zuckerberg')).toContain('Facebook co-founder');
    expect(rolesOf('The poll put him behind Republican Party nominee Ken Cuccinelli in the race.', 'Ken Cuccinelli')).toContain('Republican Party nominee');
    expect(rolesOf('The claim was checked by NASA engineer Ruth Okafor on Monday.', 'Ruth Okafor')).toContain('NASA engineer');
  });

  it('keeps "former" with it, since a former employee is no employee', () => {
    expect(rolesOf('The story came from former Facebook employee Dana Lowe last week.', 'Dana Lowe')).toContain('former Facebook employee');
  });

  it('never takes a weekday, a clause opener, an owner or a long name’s tail for the qualifier', () => {
    expect(rolesOf('The court heard on Tuesday lawyer Ana Ruiz argue for hours.', 'Ana Ruiz')).not.toContain('Tuesday lawyer');
    expect(rolesOf('Later lawyer Ana Ruiz argued for hours.', 'Ana Ruiz').some((r) => /later/i.test(r))).toBe(false);
    expect(rolesOf('The University of Texas Arlington Muslim Student Association president Sehar Memon spoke.', 'Sehar Memon')).toEqual(['president']);
  });
});

describe('an institution\'s noun that opens the sentence', () => {
  it('qualifies the role after it ("Council leader", "Shop owner"), lower-cased', () => {
    expect(rolesOf('Council leader Mae Lund opened the meeting on Wednesday.', 'Mae Lund')).toEqual(['council leader']);
    expect(rolesOf('Shop owner Ravi Tull said the bridge had been leaning for months.', 'Ravi Tull')).toEqual(['shop owner']);
    // Not a word that merely opens the sentence.
    expect(rolesOf('Angry resident Ola Berg wrote to the mayor.', 'Ola Berg').some((r) => /angry/i.test(r))).toBe(false);
  });
});
