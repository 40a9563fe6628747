import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { articleText } from '@/tests/support/article-text';
import { analyzeText } from '../../analysis/index';
import { glossary } from '../../glossary/lookup';
import type { GlossaryEntry } from '../context';
import { timelineQuestions } from './timeline';

// Classes found by the tenth blind review, each on invented sentences.
describe('explanations and locators the tenth blind set found false or ambiguous', () => {
  it('locates a misspelling by an opening no other sentence shares ("In a…" began three)', () => {
    const text = articleText('Board rejects bid', '2024-05-21', [
      'In a statement on Monday, the board said the offer was too low.',
      'The bidder said it was disappointed and would consider its options.',
      'In a seperate statement, the founding family said it backed the board.',
      'Analyst Ruth Keane said the shares had risen by a fifth since the approach.',
      'In a note to clients, Keane said a higher offer was likely within weeks.',
    ]);
    const spot = buildQuestionBank(text).questions.filter((q) => q.skill === 'spot-error');
    for (const q of spot) expect(q.prompt).not.toMatch(/begins “In a…”/);
  });

  it('never says a sentence "introduces what they said" when it reads back from "he said": it may report no speech', () => {
    const text = articleText('Trampoline verdict', '2023-08-18', [
      'A jury found the trampoline park negligent and awarded $4.6 million to a former instructor, Daniel Okafor.',
      'The park’s lawyer, Meg Haley, said the company would appeal the size of the award.',
      'Judge Carl Olsen thanked the jurors for their long service.',
      'Okafor attended the trial every day with his wife, Grace.',
      '"I just want to make sure this does not happen to another family," he said after the verdict.',
    ]);
    const q = buildQuestionBank(text).questions.find((x) => x.prompt.includes('I just want to make sure'));
    expect(q).toBeDefined();
    expect(q!.explanation).not.toMatch(/introduces [^.]* and what they said/);
    expect(q!.explanation).toContain('That sentence names Daniel Okafor');
  });
});

describe('a date whose stem says "ago"', () => {
  it('offers no date in another year than the key: the stem rules it out (tenth blind set)', () => {
    const text = articleText('Eczema jab trial', '2023-08-10', [
      'A monthly injection cleared the skin of nearly half the children in a trial, researchers said on Tuesday.',
      'Recruitment for the study began in May 2021, two years ago, at five hospitals.',
      'The results were presented at a conference in Auckland in July 2023.',
      'The drug maker hopes to apply for approval in March 2024.',
      'An earlier trial in adults ended in June 2019.',
    ]);
    const { article, analysis } = analyzeText(text);
    const when = timelineQuestions({ article, analysis, glossary: glossary as GlossaryEntry[] }).filter((q) => /two years ago/.test(q.prompt));
    expect(when.length).toBeGreaterThan(0);
    for (const q of when) for (const o of q.options) expect(o).toMatch(/2021$/);
  });
});
