import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { daysAround } from './timeline';

const article = `---
title: Bridge reopens
date: 2025-06-12
---

The county council voted on Tuesday to reopen the Marsh Lane bridge to lorries.

Engineers finished the load tests in March 2024, the county said.

The bridge was first closed in 2019 after a lorry struck its railings.
`;

describe('timeline explanations', () => {
  const { questions } = buildQuestionBank(article);
  const timeline = questions.filter((q) => q.skill === 'timeline');

  it('counts a weekday from the article’s date, never from "the event just before" that the text does not give', () => {
    expect(timeline.length).toBeGreaterThan(0);
    for (const q of timeline) expect(q.explanation).not.toMatch(/event just before/);
    const weekday = timeline.find((q) => q.explanation.includes('“on Tuesday”'));
    expect(weekday?.explanation).toMatch(/count from the article's date/);
  });
});

describe('timeline events that stand on their own', () => {
  const { questions } = buildQuestionBank(`---
title: Lace show opens
date: 2025-06-12
---

The Harbour Museum shows forty pieces of lace made along the northern coast between 1880 and 1950.

One, made in 1911 by a fisherman named Olaf Berg, shows a small stitched chart of the bay.

The museum opened the show in May 2025 after two years of work by volunteers from the town.
`);
  it('never asks about "One, made by …", a word standing for a noun of the sentence before', () => {
    const timeline = questions.filter((q) => q.skill === 'timeline');
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.filter((q) => /One, made/.test(q.prompt))).toEqual([]);
  });
});

describe('timeline stems that name an event a reader can date', () => {
  // 2025-09-10 is a Wednesday.
  const { questions } = buildQuestionBank(`---
title: Valley fire
date: 2025-09-10
---

About 2,400 residents of this hill town on Monday were told to leave their homes.

Crews from three counties arrived in May 2025 to clear the firebreaks.

The weather office has issued a wind warning through 9 p.m. Thursday for the whole valley.

The old mountain road was closed to traffic through 6 p.m. Monday while the crews worked.

The county opened two shelters on Tuesday at the fairground.

Pine Ridge School, one of the schools in the district in 2023, closed its doors on Saturday.

One driver, Ana Pereira, the first resident evacuated on Monday was sent back twice by the police.
`);
  const timeline = questions.filter((q) => q.skill === 'timeline');

  it('never asks "when did this happen" about a noun phrase with no verb, or a phrase whose aside may own the date', () => {
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.filter((q) => /residents of this hill town”|one of the schools|Ana Pereira/.test(q.prompt))).toEqual([]);
  });

  it('never dates the end of a period ("a warning through 9 p.m. Thursday", "closed through 6 p.m. Monday") as when it happened', () => {
    expect(timeline.filter((q) => /warning|road was closed/.test(q.prompt + q.options.join(' ')))).toEqual([]);
  });

  it('gives the article’s date and weekday in the stem of a weekday question, so no calendar is needed', () => {
    const weekday = timeline.find((q) => /shelters/.test(q.prompt));
    expect(weekday?.prompt).toMatch(/^When did this happen.*\(The article is dated Wednesday, 10 September 2025\.\)$/);
    expect(weekday && weekday.options[weekday.answer]).toBe('9 September 2025');
  });
});

describe('timeline stems that stop mid-phrase or open with an aside', () => {
  const { questions } = buildQuestionBank(`---
title: Ferry firm sued
date: 2025-06-20
---

The ferry operator was fined by the maritime agency on 2 June 2025 after a late inspection.

The harbour board filed a separate complaint on 5 June 2025 seeking repayment of the fees it had waived.

The report, published in the Coastal Safety Review on 9 June 2025, listed eleven faults on the older ferry.

The operator replaced its chief engineer in April 2025 after an earlier breakdown.
`);
  const timeline = questions.filter((q) => q.skill === 'timeline');

  it('never asks about a phrase ending on "seeking" or about "The report, published in …"', () => {
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.filter((q) => /seeking”|The report, published/.test(q.prompt + q.options.join(' ')))).toEqual([]);
  });
});

describe('year options close to the key', () => {
  const { questions } = buildQuestionBank(`---
title: Mill to close
date: 2025-06-20
---

The Ashby wool mill was founded by Hilda Ashby with two looms in 1958.

The mill lost its biggest customer in 2019 when the buyer moved abroad.

Orders fell again in 2021 as shipping costs rose across the region.

The owners put the site up for sale in 2023 after two years of losses.
`);
  it('offers years near the key, never one decades apart from three close together', () => {
    const q = questions.find((x) => x.skill === 'timeline' && /founded/.test(x.prompt));
    expect(q && q.options[q.answer]).toBe('1958');
    for (const o of q!.options) expect(Math.abs(Number(o) - 1958)).toBeLessThanOrEqual(10);
  });
});

describe('date options a student can tell apart by reading', () => {
  // 2025-10-16 is a Thursday; Tuesday is 14 October, and the text itself dates another event 13 October.
  const { questions } = buildQuestionBank(`---
title: Library wing
date: 2025-10-16
---

The library board approved the new reading wing on Tuesday after a two-hour meeting.

Volunteers painted the old reading room on October 13 with paint given by a local shop.

The town bought the library building from the county in 2004.
`);
  const when = questions.find((q) => q.skill === 'timeline' && /library board approved/i.test(q.prompt));

  it('gives plain dates, never a weekday name, none after the article’s date and none the text gives for another event', () => {
    expect(when).toBeDefined();
    expect(when!.options[when!.answer]).toBe('14 October 2025');
    for (const o of when!.options) {
      expect(o).not.toMatch(/day,/);
      expect(Date.parse(o)).toBeLessThanOrEqual(Date.parse('16 October 2025'));
    }
    expect(when!.options).not.toContain('13 October 2025');
  });

  it('sets the options out in time order, with the key not always at the same end', () => {
    const sorted = [...when!.options].sort((a, b) => Date.parse(a) - Date.parse(b));
    expect(when!.options).toEqual(sorted);
    const keyAt = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => {
        const days = daysAround('2025-10-14', '2025-10-16', new Set(), seed);
        return [...days, '2025-10-14'].sort().indexOf('2025-10-14');
      }),
    );
    expect(keyAt.size).toBeGreaterThan(1);
  });
});

describe('timeline events that are things that happened', () => {
  const { questions } = buildQuestionBank(`---
title: Mill results
date: 2024-03-20
---

The mill reported a loss of £4 million for 2023. The loss compared with a profit of £2 million in 2022.

Flood water came over the river wall on the night of 14 March, and crews pumped it out by morning.

The mill opened its second site in 2019 after a long search for land.
`);
  const timeline = questions.filter((q) => q.skill === 'timeline');

  it('never dates a comparison of figures ("the loss compared with a profit") or a phrase cut at "on the night"', () => {
    expect(timeline.filter((q) => /compared with|on the night”/.test(q.prompt + q.options.join(' ')))).toEqual([]);
  });
});

describe('timeline distractors that are other questions’ keys', () => {
  const { questions } = buildQuestionBank(`---
title: Fire hall short of crews
date: 2025-08-22
---

The fire chief spoke to the paper on 20 August 2025 about the shortage of volunteers.

On 7 January last year, a barn fire destroyed a dairy on Mill Road.

The township board will vote on paid crews next month.
`);
  const timeline = questions.filter((q) => q.skill === 'timeline');

  it('offers no date that another question asks (a student who answered that one would rule it out)', () => {
    expect(timeline.length).toBe(2);
    const keys = timeline.map((q) => q.options[q.answer]);
    for (const q of timeline) expect(q.options.filter((o) => o !== q.options[q.answer] && keys.includes(o))).toEqual([]);
  });
});
