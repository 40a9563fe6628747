import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';

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
