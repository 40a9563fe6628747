import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analysis/index';
import { FERRY_ARTICLE } from '@/tests/fixtures/ferry-article';
import { keyStems, mightProve, proofOf, states } from './proof';

const { analysis } = analyzeText(FERRY_ARTICLE);
const person = (name: string) => analysis.people.find((p) => p.name === name)!;

describe('which sentences prove a fact', () => {
  it('reads content words by their stems, without stop words or the person’s own names', () => {
    expect(keyStems('claimed the warnings never reached the board', person('Colin Draper'))).toEqual(['claim', 'warni', 'never', 'reach', 'board']);
    expect(keyStems('Colin Draper is the chief executive', person('Colin Draper'))).toEqual(['chief', 'execu']);
    // A figure's digits count however short; with half the words enough for a rival, "1.2 million passengers"
    // rivals a bare "41 passengers", not "41 passengers were taken off safely".
    expect(keyStems('41 passengers')).toEqual(['41', 'passe']);
    expect(proofOf(analysis, { person: null, words: '41 passengers' })).toBeNull();
    expect(proofOf(analysis, { person: null, words: '41 passengers were taken off safely' })).toEqual([0]);
  });

  it('needs the person and every word to state a fact, the person (or a pronoun) and half the words to maybe prove it', () => {
    const fact = { person: person('Colin Draper'), words: 'the warnings never reached the board' };
    expect(states(analysis.sentences[3].text, fact)).toBe(true);
    expect(states('Draper said the warnings reached nobody.', fact)).toBe(false);
    expect(mightProve('He insisted the board never saw the warnings.', fact)).toBe(true);
    expect(mightProve('Finch said the board never met.', fact)).toBe(false);
  });

  it('gives the one sentence that proves a fact, and nothing when another sentence might prove it too', () => {
    expect(proofOf(analysis, { person: person('Colin Draper'), words: 'the warnings never reached the board' })).toEqual([3]);
    const restated = analyzeText(FERRY_ARTICLE.replace('Passenger Leon Brisk', 'He later repeated that the warnings never reached the board. Passenger Leon Brisk'));
    const draper = restated.analysis.people.find((p) => p.name === 'Colin Draper')!;
    expect(proofOf(restated.analysis, { person: draper, words: 'the warnings never reached the board' })).toBeNull();
  });

  it('gives two sentences when exactly two state the fact, and nothing for a fact no sentence states', () => {
    const twice = analyzeText(FERRY_ARTICLE.replace('Finch said the firm', 'Judge Finch said the firm'));
    const finch = twice.analysis.people.find((p) => p.name === 'Amara Finch')!;
    expect(proofOf(twice.analysis, { person: finch, words: 'judge' })).toEqual([1, 2]);
    expect(proofOf(analysis, { person: person('Amara Finch'), words: 'sentenced the chief executive' })).toBeNull();
  });
});
