import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { findTerms } from '../../glossary/lookup';
import { worldTerms } from '../../glossary/terms-world';
import { kindOf } from './vocabulary-sense';
import { wrongMeaningFor } from './vocabulary';
import { articleText } from '@/tests/support/article-text';

const sentences = (...texts: string[]) => texts.map((text, index) => ({ index, text, paragraph: index, start: 0, end: text.length, words: text.split(/\s+/).length }));

/** An invented story of world news: none of its words is a court, science or lawmaking term. */
const story = articleText('Boat reaches harbour', '2024-08-02', [
  'A fishing crew rescued dozens of refugees from a sinking boat off the island of Kora on Monday.',
  'Many of the migrants had paid smugglers to cross the sea, the coastguard said.',
  'The island has no embassy of the countries the passengers came from.',
  'Several of them had been refused visas to travel to Europe before they set out.',
]);

describe('vocabulary of world news', () => {
  const vocabulary = buildQuestionBank(story).questions.filter((q) => q.skill === 'vocabulary');
  const keyOf = (word: string) => vocabulary.find((q) => q.prompt.includes(`What does “${word}” mean here?`));

  it('asks what the words of a migration story mean, keyed to the world shelf', () => {
    expect(keyOf('refugees')?.options[keyOf('refugees')!.answer]).toMatch(/^A person forced to flee/);
    expect(keyOf('visas')?.options[keyOf('visas')!.answer]).toMatch(/permission to enter or stay/);
  });

  it('never offers a refugee as the wrong meaning of a migrant, or the other way round', () => {
    const migrant = worldTerms.find((t) => t.term === 'migrant')!.definition;
    const refugee = worldTerms.find((t) => t.term === 'refugee')!.definition;
    expect(keyOf('refugees')?.options).not.toContain(migrant);
    expect(keyOf('migrants')?.options ?? []).not.toContain(refugee);
  });

  it('keeps words that can name the same people apart: neither is ever the wrong meaning of the other', () => {
    const entry = (term: string) => worldTerms.find((t) => t.term === term)!;
    const pairs = [['refugee', 'migrant'], ['refugee', 'asylum seeker'], ['migrant', 'asylum seeker'], ['ambassador', 'diplomat'], ['activist', 'dissident'], ['alliance', 'coalition']];
    for (const [a, b] of pairs) {
      expect(wrongMeaningFor(entry(a), entry(b)), `${b} as a wrong meaning of ${a}`).toBe(false);
      expect(wrongMeaningFor(entry(b), entry(a)), `${a} as a wrong meaning of ${b}`).toBe(false);
    }
    expect(wrongMeaningFor(entry('refugee'), entry('curator'))).toBe(true);
  });

  it('gives a group word a definition that is not read as a person, so it is no odd one out among people', () => {
    for (const term of ['alliance', 'coalition', 'visa', 'death toll', 'turnout', 'evacuation']) {
      expect(kindOf(worldTerms.find((t) => t.term === term)!.definition), term).not.toBe('who');
    }
  });

  it('leaves "poll" and "summit" alone in their everyday senses', () => {
    const hits = findTerms(sentences('The polls close at eight tonight.', 'The climbers reached the summit of the mountain at noon.', 'A poll found 40 percent of voters undecided.'));
    expect(hits.find((h) => h.term === 'poll')?.sentences).toEqual([2]);
    expect(hits.find((h) => h.term === 'summit')).toBeUndefined();
  });
});
