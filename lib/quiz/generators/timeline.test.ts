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
