import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';

const turn = (who: string, text: string) => `**${who}:** ${text}\n`;
const interview = [
  '---\ntitle: Talking about the pier\ndate: 2023-03-08\n---\n',
  'Harbour master Olga Brenner spoke to the Coast Weekly about the closing of the old ferry pier, which the council voted to close on Monday.\n',
  turn('Coast Weekly', 'Many readers were surprised by the vote to close the old ferry pier this spring. Why did the council decide so quickly?'),
  turn('Olga Brenner', 'The walkway had been failing for years and every winter storm made the damage worse. Our engineers told us the posts could give way at any time.'),
  turn('Coast Weekly', 'Fishing families told our reporters they were never asked about the plan. What do you say to them?'),
  turn('Olga Brenner', 'We held three meetings in the harbour hall before the vote. I understand the anger, but nobody should walk on a pier that might collapse.'),
  'Mayor Ines Varga, who chairs the council, said a new pier would be built. Varga said the money was already in the budget.\n',
].join('\n');

describe('who-said questions on an interview', () => {
  const { questions } = buildQuestionBank(interview);
  const turns = questions.filter((q) => q.prompt.startsWith('In this interview'));

  it('asks who says a sentence that stands on its own, keyed to its turn’s speaker, at most two per speaker', () => {
    expect(turns.length).toBe(4);
    for (const q of turns) {
      const said = /“(.+)”/.exec(q.prompt)![1];
      const key = q.options[q.answer];
      if (said.startsWith('Many readers') || said.startsWith('Fishing families')) expect(key).toBe('Coast Weekly');
      else expect(key).toBe('Olga Brenner');
      expect(q.options).toContain('Coast Weekly');
      expect(q.options).toContain('Olga Brenner');
    }
  });

  it('never asks about a question, a sentence that leans on the one before, or one that names an option', () => {
    for (const q of turns) {
      expect(q.prompt).not.toMatch(/\?”\?$/);
      expect(q.prompt).not.toMatch(/“(It|That|This|I understand)/);
    }
  });
});
