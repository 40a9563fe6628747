import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';

/**
 * An invented interview: an introduction in plain prose, then turns that open with the speaker's name. Only the
 * guest and one person the guest mentions have a role, so any question on them needs the interviewer as the third
 * option; and the introduction dates the interview with an irregular verb ("sat down").
 */
const interview = `---
title: A talk with the river keeper
date: 2024-05-20
---

Marta Okafor is the chief ecologist of the Wendle River Trust. On May 2, Marta Okafor sat down with Tom Reyes for an interview at the trust's office.

**Tom Reyes:** What worries you most about the river this spring?

**Marta Okafor:** The water is warmer than it was ten years ago, and the trout move upstream to find cold pools. Oskar Lind, the county water engineer, agreed to open the old weir so the fish can pass.

**Tom Reyes:** Will the weir open soon?

**Marta Okafor:** The county promised to start the work before the end of the summer holidays.
`;

describe('coverage of interviews', () => {
  const { questions } = buildQuestionBank(interview);

  it('offers the interviewer, who speaks in the article, as a wrong answer to which person holds a role', () => {
    const q = questions.find((x) => x.skill === 'who-is' && x.prompt.includes('chief ecologist of the Wendle River Trust'));
    expect(q?.options[q.answer]).toBe('Marta Okafor');
    expect(q?.options).toContain('Tom Reyes');
  });

  it('dates an event told with an irregular past verb ("sat down")', () => {
    const q = questions.find((x) => x.skill === 'timeline' && /sat down with Tom Reyes/.test(x.prompt));
    expect(q?.options[q.answer]).toBe('2 May 2024');
  });
});
