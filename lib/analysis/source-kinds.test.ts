import { describe, expect, it } from 'vitest';
import { findSources } from './sources';
import { findPeople } from './people';
import { isOutlet } from './source-outlets';
import { makeSentences } from '@/tests/support/sentences';

const kinds = (texts: string[]) => {
  const sentences = makeSentences(texts);
  return findSources(sentences, findPeople(sentences)).map((s) => [s.kind, s.text]);
};

describe('source kinds: official records are not court filings', () => {
  it('reads police records, government figures and a census as official records', () => {
    expect(
      kinds([
        'Police records show the van had been stopped twice before.',
        'According to government figures, rents rose by a fifth.',
        'The census counted 4,210 people, according to census data.',
      ]),
    ).toEqual([
      ['record', 'Police records'],
      ['record', 'According to government figures'],
      ['record', 'according to census data'],
    ]);
  });
  it('leaves records with no keeper named, and a bare report, unasked', () => {
    expect(kinds(['Records show the van was old.', 'According to a report, the van was old.']).map((k) => k[0])).toEqual(['other', 'other']);
  });
});

describe('source kinds: newspapers and wire services are news outlets', () => {
  it('names agencies, broadcasters and newspapers as news, by "according to", "reported" and "told"', () => {
    expect(
      kinds([
        'The ferry left port late, according to Reuters.',
        'According to the Harbour Daily Times, nobody was hurt.',
        'The Coastline Herald reported that the captain had resigned.',
        'Local media reported that the ferry was full.',
        'The captain told the BBC that the sea was calm.',
      ]),
    ).toEqual([
      ['news', 'according to Reuters'],
      ['news', 'According to the Harbour Daily Times'],
      ['news', 'The Coastline Herald'],
      ['news', 'Local media'],
      ['interview', 'told the BBC'],
    ]);
  });
  it('tells outlets from other capitalised names', () => {
    for (const yes of ['AFP', 'ABC News', 'The Straits Times', 'The Washington Post', 'Indonesian media', 'Radio Pacific']) {
      expect(isOutlet(yes), yes).toBe(true);
    }
    for (const no of ['Canada Post', 'social media', 'Mayor Ana Ruiz', 'the council', 'Times Square']) expect(isOutlet(no), no).toBe(false);
  });
});

describe('source kinds: only certain kinds are given', () => {
  it('gives a person, a court word out of court and a vague paper no kind', () => {
    expect(
      kinds([
        'According to Dr. Lena Ortiz, the lake is cleaner.',
        'In an executive order, the governor closed the parks.',
        'The mayor told Ana that the road would reopen.',
      ]).map((k) => k[0]),
    ).toEqual(['other', 'other']);
  });
  it('reads tweets and posts as posts, statements as press statements', () => {
    expect(
      kinds([
        'The minister tweeted from her official account that the bridge was safe.',
        'The club issued a statement on Monday.',
        'In a public statement, the union thanked its members.',
      ]),
    ).toEqual([
      ['post', 'tweeted from her official account'],
      ['statement', 'a statement'],
      ['statement', 'a public statement'],
    ]);
  });
});

describe('source kinds: a statement in a case is no press statement', () => {
  it('reads a statement filed with the court as a filing, leaves one spoken to the court unasked, and a brief that qualifies a noun as no legal brief', () => {
    expect(
      kinds([
        'In a short statement to the court, Ivo Marr said he was sorry.',
        'Ana Quist said in a victim impact statement filed on Monday that the fraud had cost her the farm.',
        'In a brief interview, the judge declined to comment.',
        'In a statement issued after the hearing, the mill said it would pay.',
      ]),
    ).toEqual([
      ['other', 'a short statement'],
      ['filing', 'a victim impact statement'],
      ['interview', 'a brief interview'],
      ['statement', 'a statement'],
    ]);
  });
});

describe('source kinds: a filing outside a court', () => {
  it('is no court filing when no court or judge is named ("a filing with regulators")', () => {
    const found = kinds(['In a filing with regulators, the company said it expects to close two plants.']);
    expect(found.filter(([kind]) => kind === 'filing')).toEqual([]);
  });
  it('is a court filing when the sentence names the court', () => {
    expect(kinds(['In a filing to the court on Monday, prosecutors said the evidence had been shared.']).map(([kind]) => kind)).toContain('filing');
  });
});

describe('source kinds: the case a result belongs to', () => {
  it('is no source: "its verdict in the lawsuit brought by …" (tenth blind set)', () => {
    const found = kinds(['The jury in the district court returned its verdict in the lawsuit brought by a former instructor against the park.']);
    expect(found.filter(([kind]) => kind === 'filing')).toEqual([]);
    // The lawsuit as the place its words are written still is.
    expect(kinds(['In the lawsuit, filed in the district court in May, the instructor said the park ignored warnings.']).map(([kind]) => kind)).toContain('filing');
  });
});
