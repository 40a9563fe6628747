import { describe, expect, it } from 'vitest';
import { findPeople } from './people';
import { findStatements } from './claims';
import { makeSentences } from '@/tests/support/sentences';

const people = (...texts: string[]) => findPeople(makeSentences(texts));

describe('a title with its portfolio before a name (seventh review)', () => {
  it('never starts the name with the last word of the portfolio, and keeps the whole title as the role', () => {
    const found = people('Coastal Minister for Fisheries and Forestry Mara Quillon said the quota would be cut.');
    expect(found.map((p) => p.name)).toContain('Mara Quillon');
    expect(found.some((p) => /^Forestry/.test(p.name))).toBe(false);
    expect(found.find((p) => p.name === 'Mara Quillon')?.roles).toContain('Minister for Fisheries and Forestry');
  });

  it('reads a portfolio of several words and a title "of" a body', () => {
    const a = people('Secretary of State for Housing and Local Renewal Tobias Wrenfield opened the estate.');
    expect(a.map((p) => p.name)).toContain('Tobias Wrenfield');
    expect(a.some((p) => /Renewal|Local/.test(p.name))).toBe(false);
    const b = people('Director of Parks and Leisure Ottilie Brammer closed the gates.');
    expect(b.map((p) => p.name)).toContain('Ottilie Brammer');
    expect(b.find((p) => p.name === 'Ottilie Brammer')?.roles).toContain('Director of Parks and Leisure');
  });

  it('names nobody when the portfolio leaves fewer than two words for the name', () => {
    expect(people('The Minister for Health and Sport Quillon spoke.').some((p) => /Sport/.test(p.name))).toBe(false);
  });
});

describe('a role written as two role words', () => {
  it('keeps "chief executive" whole rather than two roles', () => {
    const roles = people('The plant will close, chief executive Orla Penhallow said on Monday.').find((p) => p.name === 'Orla Penhallow')?.roles;
    expect(roles).toEqual(['chief executive']);
  });

  it('reads a role qualified by a plain noun in an appositive ("a company spokesperson, …")', () => {
    const roles = people('A company spokesperson, Ned Arbery, said the offer stood.').find((p) => p.name === 'Ned Arbery')?.roles;
    expect(roles).toContain('company spokesperson');
  });
});

describe('a company written like a person', () => {
  it('is a speaking body, not a person, when the article introduces it by its kind or gives it shares', () => {
    const a = people('Packaging firm Brindle Cartons said it would shut the plant.', 'Brindle Cartons said the site had lost money.');
    expect(a.find((p) => p.name === 'Brindle Cartons')?.kind).toBe('group');
    const b = people('Brindle Cartons said the site had lost money.', "Brindle Cartons' shares rose 3 per cent on Monday.");
    expect(b.find((p) => p.name === 'Brindle Cartons')?.kind).toBe('group');
    // "Ridgeline, which is based in Boston": a person takes "who", whatever role a quotation seems to give it.
    const c = people('Ridgeline, which is based in Boston, said it was disappointed.', '"I suspect Ridgeline knows that," analyst Aoife Brennan said.');
    expect(c.find((p) => p.name === 'Ridgeline')?.kind).toBe('group');
  });

  it('leaves a person alone', () => {
    const a = people('Nadia Ferrow said the site had lost money.', 'Nadia Ferrow thanked the workers.');
    expect(a.find((p) => p.name === 'Nadia Ferrow')?.kind).toBe('person');
  });
});

describe('"he" and "she" as the subject of reported speech', () => {
  const whoOf = (texts: string[], at: number) => {
    const sentences = makeSentences(texts);
    return findStatements(sentences, findPeople(sentences)).find((s) => s.sentence === at && s.verb === 'said')?.who ?? null;
  };

  it('never resolves to a company, nor to someone named only inside a quotation', () => {
    const texts = [
      'Packaging firm Brindle Cartons said it would shut the plant.',
      '“I have told Brindle Cartons and Nadia Ferrow what we expect,” Mara Quillon said.',
      'She said that a taskforce would meet next week.',
    ];
    expect(whoOf(texts, 2)).toBe('Mara Quillon');
  });

  it('skips a company named first and takes the person after it', () => {
    const texts = ['Packaging firm Brindle Cartons and Mara Quillon signed the deal on Monday.', 'She said that a taskforce would meet next week.'];
    expect(whoOf(texts, 1)).toBe('Mara Quillon');
  });
});

describe('a building or a street of homes named like a person (eighth blind set)', () => {
  it('is no person: "Harbourside Terraces", "Elm Gardens"', () => {
    const found = people('The owners of Harbourside Terraces sued the builder in 2021.', 'Residents of Elm Gardens said the roof had leaked for years.', 'The builder, Tom Varga, said the work met the code.');
    expect(found.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Tom Varga']);
  });
});

describe('a work named after its owner, and a knight named by first name (ninth blind set)', () => {
  it('takes "Kieran Doyle\'s Blue Metal" for something of his, not a person', () => {
    const found = people('Her favourite had been Kieran Doyle\'s Blue Metal, a novel set in a mining town.');
    expect(found.map((p) => p.name)).toEqual(['Kieran Doyle']);
  });

  it('links "Sir Anthony" to Sir Anthony Deverell', () => {
    const found = people('Among those who voted against the bill was Sir Anthony Deverell of the governing party.', '"It is a bad bill," Sir Anthony said on Tuesday.');
    expect(found.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Anthony Deverell']);
  });
});

describe('a law named with a title word (ninth blind set: "Data Protection Regulation is a general")', () => {
  it('is no person: "the General Data Protection Regulation", "the Clean Water Directive"', () => {
    const found = people('Under the General Data Protection Regulation, a firm must report a breach within 72 hours.', 'The Clean Water Directive sets the limits, spokesperson Ann Lee said.');
    expect(found.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Ann Lee']);
  });
});
