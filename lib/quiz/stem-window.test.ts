import { describe, expect, it } from 'vitest';
import { clauseWindow } from './stem-window';

describe('clauseWindow: stems cut at clause boundaries only', () => {
  const long =
    'The merger, which followed a six-hour meeting that drew about 200 shareholders to the old town hall on the quay, is expected to save the group about ___ a year in rent, power and cleaning.';

  it('drops an aside between commas and keeps the subject, instead of starting mid-phrase', () => {
    expect(clauseWindow(long, long.indexOf('___'), 30)).toBe(
      'The merger … is expected to save the group about ___ a year in rent, power and cleaning.',
    );
  });

  it('never joins the words around an aside it leaves out without a mark: a silent cut misquotes (ninth blind set)', () => {
    const short = 'We got ___ pounds an acre, which isn\'t great, but lentils did worse on the sandy land.';
    // Cut at the aside's start (marked), never joined across it: "an acre but lentils" is not what was said.
    expect(clauseWindow(short, short.indexOf('___'), 30)).toBe('We got ___ pounds an acre…');
    expect(clauseWindow(long, long.indexOf('___'), 30)).toContain('The merger … is expected');
  });

  it('never ends inside a list or after a subject cut off from its verb', () => {
    const listy = 'Only ___ per cent of callers were answered, logged and routed within two minutes between May and July across all four regional centres run by the county service.';
    expect(clauseWindow(listy, 5, 12)).toBeNull();
  });

  it('starts after a verb of saying when the speaker must stay hidden', () => {
    const said = 'Ines Moreau, the trust chair, said the fund expected the figure to reach 80 per cent by the end of the year, but gave no date for the review.';
    const at = said.indexOf('80');
    expect(clauseWindow(said, at, 30, (s) => s.includes('Moreau'))).toBe('…the fund expected the figure to reach 80 per cent by the end of the year…');
  });
});
