import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';

const article = `---
title: Pier closes
date: 2023-03-08
---

Harbour master Olga Brenner said on Tuesday that the old ferry pier would close for good. "Nobody should walk on it after dark, and nobody will."

Councillor Piet Lambrecht, who speaks for the harbour residents, was angry about the vote. "The families were never asked what they wanted for their own harbour," Lambrecht said.

Engineer Hannah Peters, the head of the inspection team, gave the council her report. Peters said the steel posts were rotten through.

The Harbour Gazette called the closing "the end of an era" in its Wednesday edition.
`;

describe('who-said questions', () => {
  const { questions } = buildQuestionBank(article);
  const whoSaid = questions.filter((q) => q.skill === 'who-said');

  it('cites the sentence that names the speaker when the quotation’s own sentence does not', () => {
    const q = whoSaid.find((x) => x.prompt.includes('Nobody should walk'))!;
    expect(q.options[q.answer]).toBe('Olga Brenner');
    expect(q.evidence).toEqual([0, 1]);
    expect(q.explanation).toContain('sentence 1');
  });

  it('offers only people the article introduces, never a newspaper, and no speaker for a scare quote', () => {
    for (const q of whoSaid) expect(q.options).not.toContain('Harbour Gazette');
    expect(whoSaid.some((q) => q.prompt.includes('end of an era'))).toBe(false);
  });
});
