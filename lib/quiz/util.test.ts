import { describe, expect, it } from 'vitest';
import { excerpt, proofExcerpt } from './util';

const LONG =
  'The harbour board will review every mooring fee charged to fishing boats over the past three seasons and ' +
  'publish the results before winter, with a full public hearing planned for the spring, Harbourmaster Ines Varga said.';

const DATED =
  'Reed beds along the northern shore have shrunk by a third over ten years, according to a survey of the estuary ' +
  'carried out by volunteers and published on Thursday in the bulletin of the county naturalists’ society.';

describe('proofExcerpt: a quoted proof keeps its proving words', () => {
  it('keeps the name and its speech verb at the end of a long sentence', () => {
    expect(excerpt(LONG, 20)).not.toContain('Varga said');
    const shown = proofExcerpt(LONG, 20, ['Ines Varga', 'Varga']);
    expect(shown).toContain('Ines Varga said.');
    expect(shown.startsWith('…')).toBe(true);
  });

  it('keeps a date that comes after the start of the sentence, with the words before it', () => {
    const shown = proofExcerpt(DATED, 20, ['on Thursday']);
    expect(shown).toContain('published on Thursday');
  });

  it('keeps two marks that fit together, and quotes a sentence little longer than the window whole', () => {
    const shown = proofExcerpt(DATED, 20, ['according to', 'on Thursday']);
    expect(shown).toContain('according to a survey');
    expect(shown).toContain('on Thursday');
    const short = 'The mill closed on Monday after the owners failed to find a buyer for the site.';
    expect(proofExcerpt(short, 12, ['on Monday'])).toBe(short);
  });

  it('falls back to the plain cut when no mark is in the sentence', () => {
    expect(proofExcerpt(LONG, 20, ['Someone Else'])).toBe(excerpt(LONG, 20));
  });
});
