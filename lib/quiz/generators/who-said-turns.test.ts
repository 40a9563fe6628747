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
  turn('Piet Claes', 'Our boats have landed their catch at the old pier for ninety years without a single accident. The fishing families deserved a real vote on the future of the harbour.'),
  turn('Piet Claes', 'Most of the crews will now sail to the next town every morning to sell their fish.'),
  turn('Coast Weekly', 'The mayor joined us for the last part of the talk. What happens next?'),
  turn('Ines Varga', 'The council will build a new pier within two years with money from the harbour fund.'),
  turn('Coast Weekly', 'Will the ferries keep running in the meantime?'),
  turn('Ines Varga', 'Work on the new walkway starts in the autumn, and the ferries will stop at the fishing harbour until then.'),
  'Mayor Ines Varga, who chairs the council, said a new pier would be built. Varga said the money was already in the budget.\n',
].join('\n');

describe('who-said questions on an interview', () => {
  const { questions } = buildQuestionBank(interview);
  const turns = questions.filter((q) => q.prompt.startsWith('In this interview'));

  it('asks who says a sentence that stands on its own, keyed to its turn’s speaker, at most two per speaker', () => {
    // The interviewer, who only asks, is neither asked about nor offered.
    expect(turns.length).toBe(6);
    for (const q of turns) {
      const said = /“(.+)”/.exec(q.prompt)![1];
      const key = q.options[q.answer];
      if (/boats|crews|deserved/.test(said)) expect(key).toBe('Piet Claes');
      else if (/council will build|walkway starts/.test(said)) expect(key).toBe('Ines Varga');
      else expect(key).toBe('Olga Brenner');
      expect([...q.options].sort()).toEqual(['Ines Varga', 'Olga Brenner', 'Piet Claes']);
    }
  });

  it('asks nothing of an interview with only two guests: that would be a coin toss', () => {
    const two = interview.replace(/\*\*Piet Claes:\*\* [^\n]*\n/g, '');
    expect(buildQuestionBank(two).questions.filter((q) => q.prompt.startsWith('In this interview'))).toEqual([]);
  });

  it('never asks about a question, a sentence that leans on the one before, or one that names an option', () => {
    for (const q of turns) {
      expect(q.prompt).not.toMatch(/\?”\?$/);
      expect(q.prompt).not.toMatch(/“(It|That|This|I understand)/);
    }
  });
});
