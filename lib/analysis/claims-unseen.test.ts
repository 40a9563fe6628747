import { describe, expect, it } from 'vitest';
import { findStatements } from './claims';
import { actOf } from './claim-acts';
import { findSources } from './sources';
import { findPeople } from './people';
import { makeSentences } from '@/tests/support/sentences';

const run = (texts: string[]) => {
  const sentences = makeSentences(texts);
  const people = findPeople(sentences);
  return { statements: findStatements(sentences, people), sources: findSources(sentences, people) };
};

describe('findStatements credits the right claimer', () => {
  it('resolves "she" to the subject of the previous sentence, not the last name in it', () => {
    const { statements } = run([
      'Lawyer Irene Vale said outside the court that Marcus Dunn would appeal.',
      'She alleged that the jury had seen the wrong files.',
    ]);
    expect(statements.map((s) => [s.verb, s.who])).toEqual([
      ['said', 'Irene Vale'],
      ['alleged', 'Irene Vale'],
    ]);
  });

  it('looks back past a sentence that names nobody', () => {
    const { statements } = run([
      'Dr. Hana Sato agreed that the sample was small.',
      'She noted that all the farms were in one valley.',
      '“We need more farms,” she said.',
    ]);
    expect(statements.map((s) => s.who)).toEqual(['Hana Sato', 'Hana Sato', 'Hana Sato']);
  });

  it('skips asides between the name and the verb: relative clauses, ages, appositives', () => {
    const { statements } = run([
      'Councillor Ben Ashe, who voted no, accused the mayor of hurrying.',
      'Lidia Park, who runs a cafe near the corner of Elm and Third, said she would lose trade.',
      'Professor Karl Obi, an economist at Redfield College who was not involved in the work, said the data were thin.',
      'A spokesperson for the water board said the pipes were safe.',
    ]);
    expect(statements.map((s) => [s.sentence, s.verb, s.who])).toEqual([
      [0, 'voted', 'Ben Ashe'],
      [0, 'accused', 'Ben Ashe'],
      [1, 'said', 'Lidia Park'],
      [2, 'said', 'Karl Obi'],
      [3, 'said', 'a spokesperson for the water board'],
    ]);
  });

  it('gives a report’s author, not "a report", and the content outside the attribution', () => {
    const { statements } = run(['According to a report by the state fire service, the blaze began in a kitchen.']);
    expect(statements).toEqual([
      { sentence: 0, kind: 'claim', verb: 'according to', who: 'the state fire service', content: 'the blaze began in a kitchen' },
    ]);
  });
});

describe('findStatements never names a number as the claimer', () => {
  it('leaves "one in three said" without a claimer', () => {
    expect(run(['Nearly one in three said they were tired.']).statements.map((s) => s.who)).toEqual([null]);
  });
});

describe('findSources lets the source’s own noun decide its kind', () => {
  it('reads a study and a survey as reports, and leaves a bare paper or a person unasked', () => {
    const { sources } = run([
      'Owls are returning, according to a study published on Monday in the Journal of Birds.',
      'According to a survey by the parks office, visits doubled.',
      'According to the paper, half the nests were empty.',
      'According to witnesses, the car was fast.',
    ]);
    expect(sources.map((s) => [s.kind, s.text, s.who])).toEqual([
      ['report', 'according to a study', null],
      ['report', 'According to a survey', 'the parks office'],
      // "the paper" may be a newspaper or a research paper: too vague to ask about.
      ['other', 'According to the paper', null],
      ['other', 'According to witnesses', 'witnesses'],
    ]);
  });
});

describe('findStatements reads the act, not the surface verb', () => {
  it('treats "dismissed the allegations" as one side answering, and "denied visas" or "claimed lives" as no claim', () => {
    const { statements } = run([
      'The mining firm dismissed the allegations as baseless.',
      'Judge Omar Reyes dismissed the case on Monday.',
      'The pair were denied visas twice.',
      'The storm claimed 12 lives in the valley.',
      'The port has maintained a ban on night fishing.',
    ]);
    expect(statements.map((s) => [s.sentence, s.kind, s.verb])).toEqual([
      [0, 'claim', 'dismissed'],
      [1, 'record', 'dismissed'],
    ]);
  });

  it('ends a claim where the sentence moves on to the next act', () => {
    const { statements } = run(['The tenants alleged the landlord ignored the leak and filed a complaint with the city.']);
    expect(statements.find((s) => s.verb === 'alleged')?.content).toBe('the landlord ignored the leak');
  });
});

describe('a plea is not a court decision', () => {
  it('gives no court act for a guilty plea, but does for a sentence', () => {
    const st = (verb: string, content: string) => ({ sentence: 0, kind: 'record' as const, verb, content, who: null });
    expect(actOf(st('pleaded guilty', 'Ivo Marr pleaded guilty to fraud'), 'Ivo Marr pleaded guilty to fraud in May.')).toBeNull();
    expect(actOf(st('sentenced', 'Ivo Marr was sentenced to two years'), 'Ivo Marr was sentenced to two years.')).toBe('court');
  });
});
