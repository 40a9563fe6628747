import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analysis/index';
import { generateQuestions } from '../generate';
import { buildQuestionBank } from '../index';
import type { Question } from '../types';
import { recordOrClaimQuestions } from './record-or-claim';

const bank = (title: string, body: string[]) => {
  const { article, analysis } = analyzeText(`${title}\n\ndate 2025-03-14\n\n${body.join(' ')}\n`);
  // Evidence as the opening words of its sentence, so tests do not depend on how the header is counted.
  return generateQuestions(article, analysis).map((q) => ({ ...q, opening: analysis.sentences[q.evidence[0]].text.split(' ').slice(0, 3).join(' ') }));
};
const key = (q: Question) => q.options[q.answer];
const only = <Q extends Question>(qs: Q[], skill: string) => qs.filter((q) => q.skill === skill);

const PIER = [
  'The town of Redcliff is split over the future of its old wooden pier.',
  'On Tuesday the town council voted 7 to 2 to close the pier for repairs.',
  'Councillor Ben Ashe, who voted against the plan, alleged that the repair estimate had been inflated by the contractor.',
  'Marla Voss, a spokeswoman for Stonegate Builders, denied the allegation and said the estimate followed the standard rates.',
  'Last year a county court fined Stonegate Builders for late work on the town library.',
  'Mayor Ana Ruiz has asked both sides to meet before the summer.',
];

describe('record or claim: keys spread, options of one shape', () => {
  const rc = only(bank('Harbour town fights over the old pier', PIER), 'record-or-claim');

  it('keys votes and court acts as on the record, a side’s words as its claim, with two of each kind on offer', () => {
    // The generator's own questions: in the bank, "A claim by Marla Voss" gives way to the who-said question on her
    // sentence, which the same clause settles (one-quiz.ts samePerson).
    const { article, analysis } = analyzeText(`Harbour town fights over the old pier\n\ndate 2025-03-14\n\n${PIER.join(' ')}\n`);
    const plain = recordOrClaimQuestions({ article, analysis, glossary: [] }).filter((q) => q.prompt.startsWith('The article reports'));
    expect(plain.map(key).sort()).toEqual(['A claim by Marla Voss', 'On the record: a court decision', 'On the record: an official vote']);
    for (const q of plain) {
      expect(q.options.filter((o) => o.startsWith('On the record')).length).toBe(2);
      expect(q.options.filter((o) => o.startsWith('A claim by')).length).toBe(2);
    }
  });

  it('asks who claims and who denies, with the other side as the trap', () => {
    const claims = rc.find((q) => /Who makes the claim/.test(q.prompt))!;
    const denies = rc.find((q) => /Who denies it/.test(q.prompt))!;
    expect(key(claims)).toBe('Ben Ashe');
    expect(claims.options).toContain('Marla Voss');
    expect(key(denies)).toBe('Marla Voss');
    expect(denies.options).toContain('Ben Ashe');
    expect(denies.prompt).toContain('the repair estimate had been inflated by the contractor');
  });

  it('asks once at most when an article gives only records', () => {
    const records = only(
      bank('Court round-up', [
        'Judge Omar Reyes sentenced a former treasurer to two years in prison for theft.',
        'Later that day a jury convicted a driver of dangerous driving in the same court.',
        'The appeals court upheld a fine against a quarry owner for dumping waste.',
      ]),
      'record-or-claim',
    );
    expect(records.length).toBeLessThanOrEqual(1);
  });

  it('never reads "said" as a claim when the article reports no dispute, nor a firm dismissing staff as a court act', () => {
    const calm = only(
      bank('Library reopens', [
        'The town library in Eastvale has been closed since the floods of last winter.',
        'Spokeswoman Dana Pike said the library would open longer hours from May onwards.',
        'The Greenway Company dismissed fifty workers from its warehouse last month.',
      ]),
      'record-or-claim',
    );
    expect(calm).toEqual([]);
  });
});

describe('source: only certain kinds, never two right options', () => {
  const src = only(
    bank('Ferry late again', [
      'The ferry left port three hours late on Monday, according to AFP.',
      'According to Dr. Lena Ortiz, the engine had been repaired twice this year.',
      'Police records show that the same ferry ran aground once before.',
      'In a statement, the ferry company apologised to its passengers.',
    ]),
    'source',
  );
  it('keys a wire service as a news outlet, police records as an official record, and skips a person', () => {
    expect(src.map((q) => [q.opening, key(q)])).toEqual([
      ['The ferry left', 'Another news outlet'],
      ['Police records show', 'An official record'],
      ['In a statement,', 'A public statement'],
    ]);
  });
  it('offers no near kind beside the answer: no court ruling or filing against an official record', () => {
    const record = src.find((q) => key(q) === 'An official record')!;
    expect(record.options).not.toContain('A ruling by a judge');
    expect(record.options).not.toContain('A filing in court');
    expect(record.options).not.toContain('A study or survey');
  });
});

describe('source explanations name whose words they are', () => {
  it('does not credit the interviewer in "an interview with X"', () => {
    const src = only(
      bank('Comedy and news', [
        'In an interview with Terry Gross, comedian Stephen Colbert said satire helps people think about the news.',
        'According to Reuters, the show drew two million viewers last year, more than any other comedy programme on cable.',
      ]),
      'source',
    );
    const interview = src.find((q) => key(q) === 'An interview')!;
    expect(interview.explanation).not.toContain('Terry Gross');
  });
});

describe('after the fresh-article review', () => {
  it('offers no court decision in a story with no court, and no source question for what someone took part in', () => {
    const qs = bank('Library vote', [
      'The town council voted on Tuesday to approve the library expansion by five votes to four.',
      'Councillor Mia Tse, who opposed the plan, claimed the true cost would be far higher than the budget says.',
      'Dr Ivo Fenwick, who was not involved in the study, said the results were too small to trust.',
      'Mayor Ana Okafor rejected the claim and said the budget had been checked twice by the town treasurer.',
    ]);
    for (const q of only(qs, 'record-or-claim')) expect(q.options).not.toContain('On the record: a court decision');
    expect(only(qs, 'source').filter((q) => q.prompt.includes('involved in ___'))).toEqual([]);
    // The mayor's denial answers the councillor's claim about the budget, not the expert's words just before it.
    const who = only(qs, 'record-or-claim').find((q) => q.prompt.startsWith('One side claims') && /Who makes/.test(q.prompt))!;
    expect(who.prompt).toContain('true cost');
    expect(key(who)).toBe('Mia Tse');
  });
});

describe('after the third review', () => {
  it('asks no source question about a records law, and explains a vote as checked in the minutes', () => {
    const qs = bank('School closes', [
      'The school board voted on Tuesday to close Hawthorne Elementary by five votes to two.',
      'Union president Carla Jimenez said she obtained the emails under the public records law and shared them with parents.',
      'Superintendent Renata Oduya said the district had no choice because of falling enrolment.',
    ]);
    expect(only(qs, 'source').filter((q) => q.prompt.includes('___ law'))).toEqual([]);
    for (const q of only(qs, 'record-or-claim').filter((x) => key(x) === 'On the record: an official vote')) {
      expect(q.explanation).toContain('minutes');
      expect(q.explanation).not.toContain("court's");
    }
  });
});

describe('record or claim: an act on the record beside an allegation', () => {
  const rc = only(bank('Builder charged over roof repairs', [
    'A 41-year-old builder has been charged with two counts of fraud by false representation after homeowners in the Elmbury area allegedly paid thousands of pounds for roof repairs.',
    'Detective Sergeant Nia Holt said the investigation was continuing.',
    'Tom Barker, the builder’s solicitor, claimed that his client had finished most of the work.',
  ]), 'record-or-claim');

  it('does not ask about content that holds both the charge and the allegation', () => {
    expect(rc.filter((q) => /allegedly/.test(q.prompt))).toEqual([]);
  });
});

describe('record-or-claim stems that read as a statement', () => {
  const text = `---
title: Reef costs
date: 2025-05-06
---

Marine economist Tobias Wren argued in an opinion piece last year that replanting costs made large projects unrealistic.

Reef scientist Dana Holt insisted that costs had fallen by half since the first trials.

The state council voted on Tuesday to fund three more sites, and spokesperson Mia Crane said the money would arrive in June.
`;
  it('never opens the reported words with a cut-off phrase such as “in an opinion piece … that”', () => {
    const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'record-or-claim');
    expect(qs.filter((q) => /reports: “(?:in|on|at) /.test(q.prompt))).toEqual([]);
  });
});

describe('record-or-claim stems that say on their own what they report', () => {
  const rc = only(
    bank('Landlord fined over flats', [
      'A county court on Monday fined landlord Piers Calloway for leaving tenants without heating all winter.',
      'Judge Ruth Amadi ordered him to repair the boilers within a month.',
      'Calloway’s lawyer, Dana Frost, insisted that the tenants had refused to let them into the flats.',
      'Tenant leader Omar Haddad alleged that the repairs had been promised for three years and never done.',
      'The housing committee voted 5 to 1 on Tuesday to inspect every flat the landlord owns.',
      'Frost said the company would appeal the fine.',
      'Lee Grant, a spokesman for the landlord, claimed that the boilers had been serviced every autumn by a licensed firm.',
    ]),
    'record-or-claim',
  );

  it('never quotes a stem with no subject or with "him"/"them" standing for someone left out', () => {
    expect(rc.length).toBeGreaterThan(0);
    for (const q of rc) {
      const stem = /“(.*)”\./.exec(q.prompt)?.[1] ?? '';
      expect(stem, q.prompt).not.toMatch(/\b(?:him|them)\b/);
      expect(stem, q.prompt).not.toMatch(/^(?:was|were|has|had|\p{Ll}+ed)\b/u);
    }
  });
});

describe('record-or-claim items that teach the difference', () => {
  const mixed = only(
    bank('Quarry plan splits the valley', [
      'The county planning board on Thursday voted 6 to 3 to approve a new quarry at Hollin Edge.',
      'Ravi Kent, a spokesman for the quarry firm, claimed that the firm had created 80 jobs at its last quarry.',
      'Campaigner Jo Marsh alleged that the firm had ignored noise limits at that quarry for years.',
      'The board also approved a £2 million budget for road repairs.',
    ]),
    'record-or-claim',
  );

  it('sets each statement beside one of the other kind from the article, and offers no vague "official document"', () => {
    expect(mixed.length).toBeGreaterThan(1);
    for (const q of mixed) {
      expect(q.explanation, q.prompt).toMatch(/Compare “.+” \(sentence \d+\): that is (on the record|a claim by)/);
      expect(q.options).not.toContain('On the record: an official document');
    }
  });

  it('asks nothing when the article gives only one kind: the same key every time teaches a pattern', () => {
    const records = only(
      bank('Bridge vote', [
        'The town council on Monday voted 9 to 0 to repair the old stone bridge before winter.',
        'The county court fined the previous contractor for late work on the same bridge in 2021.',
        'The bridge was built in 1840 and carries 3,000 cars a day.',
      ]),
      'record-or-claim',
    );
    expect(records).toEqual([]);
  });

  it('never starts a stem on the date the subject was read with ("Thursday the board voted")', () => {
    for (const q of mixed) expect(q.prompt, q.prompt).not.toMatch(/reports: “(?:On )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/);
  });
});
