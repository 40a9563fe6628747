import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { sameDates } from '../generate';
import type { Question } from '../types';

/** The timeline items of an invented article's bank. */
const timeline = (text: string) => buildQuestionBank(text).questions.filter((q) => q.skill === 'timeline');
const prompts = (text: string) => timeline(text).map((q) => q.prompt);

describe('timeline dates the text leaves open are not asked', () => {
  const article = `---
title: Depot to close
date: 2026-03-10
---

The bus company announced on Monday that the Eastgate depot will close in the summer.

The drivers' union has called a public meeting at the Corn Exchange on Thursday evening.

A driver from the depot admitted careless driving in October at the town's court.

The depot was built in 1964 by the county council.
`;
  const asked = prompts(article).join('\n');

  it('does not ask which Thursday a meeting "has been called" for (this week or the coming one)', () => {
    expect(asked).not.toMatch(/public meeting/);
  });

  it('does not ask the year of "in October" in a March report (last October, or the one before)', () => {
    expect(asked).not.toMatch(/careless driving/);
  });
});

describe('a stem that quotes the article keeps its words', () => {
  it('marks with an ellipsis the date cut from the middle of the quoted clause', () => {
    const q = timeline(`---
title: Ferry talks
date: 2026-03-13
---

The harbour board met the ferry operators on Wednesday about the winter timetable.

The ferry service began in 1998 with two boats.

Its newest boat was launched in 2019 at a yard in Leith.
`).find((x) => x.prompt.includes('harbour board'));
    expect(q?.prompt).toContain('“The harbour board met the ferry operators … about the winter timetable”');
  });
});

describe('timeline items that do not ask the same thing twice', () => {
  it('does not date a question the interviewer asks', () => {
    const asked = prompts(`---
title: A talk with the ferry skipper
date: 2026-03-13
---

Ewan Bell has skippered the island ferry since 2004. Reporter Ana Silva spoke to him at the pier.

**Ana Silva:** How many passengers does the ferry carry today, and how has that changed?

**Ewan Bell:** About four hundred a day in summer. It was half that when I started. On 4 May last year we ran aground near the north pier in thick fog.

**Ana Silva:** What happened next?

**Ewan Bell:** Nobody was hurt. The coastguard towed us off within the hour, and the boat was back in service a week later.
`).join('\n');
    expect(asked).not.toMatch(/How many passengers/);
  });

  it('keeps one of two "when" items whose four dates are the same, and not two "first"/"last" items over one set of events', () => {
    const item = (prompt: string, options: string[], answer: number): Question => ({ id: prompt, skill: 'timeline', prompt, options, answer, evidence: [0], explanation: '', difficulty: 2 });
    const dates = ['March 2021', 'October 2022', 'June 2023', 'October 2023'];
    expect(sameDates(item('When did this happen: “the plan was published”?', dates, 0), item('When did this happen: “the survey closed”?', [...dates].reverse(), 1))).toBe(true);
    expect(sameDates(item('When did this happen: “the plan was published”?', dates, 0), item('When did this happen: “the survey closed”?', [...dates.slice(1), 'May 2020'], 1))).toBe(false);
    const events = ['The plan was published', 'The survey closed', 'The design was approved'];
    expect(sameDates(item('Which of these happened first?', events, 0), item('Which of these happened last?', events, 2))).toBe(false);
  });
});

describe('a guest’s own account in an interview', () => {
  const interview = `---
title: A talk with the ferry skipper
date: 2026-03-13
---

Ewan Bell has skippered the island ferry since 2004. Reporter Ana Silva spoke to him at the pier.

**Ana Silva:** What is the hardest part of the job?

**Ewan Bell:** The fog, every time. On 4 May last year we ran aground near the north pier in thick fog. Nobody was hurt, and the coastguard towed us off.

**Ana Silva:** Has the company changed anything since then?

**Ewan Bell:** Yes. The company fitted a new radar to both boats after that. I have asked for a third crew member on winter crossings.
`;

  it('asks when it happened according to the guest, with the year counted from the article’s date', () => {
    const q = timeline(interview).find((x) => x.prompt.includes('ran aground'));
    expect(q?.prompt).toMatch(/^When did this happen, according to Ewan Bell: “we ran aground near the north pier in thick fog”\?/);
    expect(q?.options[q.kind === 'two-part' ? (q.key as { answer: number }).answer : q.answer]).toBe('4 May 2025');
    // "last year" counts from the article's date, which the stem gives, and the explanation says so.
    expect(q?.prompt).toContain('(The article is dated 13 March 2026.)');
    expect(q?.explanation).toMatch(/“last year” counts from the year of the article's date/);
    // The slip "last year" invites is a year off, the same day (4 May 2026 is after the article, so not offered).
    expect(q?.options).toContain('4 May 2024');
    expect(q?.options).not.toContain('4 May 2026');
  });
});
