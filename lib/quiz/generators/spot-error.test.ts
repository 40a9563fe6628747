import { describe, it, expect } from 'vitest';
import { analyzeText } from '../../analysis/index';
import { inEveryDictionary } from '../../analysis/spelling';
import { spotErrorQuestions } from './spot-error';

const article = (...paragraphs: string[]) =>
  ['---', 'title: Town library reopens after repairs', 'date: 2024-03-04', 'source: Test', '---', '', ...paragraphs].join('\n\n');

const body = [
  'The town library reopened on Monday after three months of repairs to its leaking roof.',
  'Volunteers carried boxes of donated books through the front doors, and the mayor thanked every neighbour who helped.',
];

function typoQuestions(text: string) {
  const { article: a, analysis } = analyzeText(text);
  const questions = spotErrorQuestions({ article: a, analysis, glossary: [] }).filter((q) => !q.options[q.answer].startsWith('It '));
  return { questions, text };
}

describe('spot-error: the misspelled word', () => {
  it('asks for a clear typo among real words of the article, and explains the right spelling', () => {
    const { questions, text } = typoQuestions(
      article(...body, 'The library will recieve another delivery of children’s books next month, according to the librarian.'),
    );
    expect(questions).toHaveLength(1);
    const [q] = questions;
    // Every option spelled correctly: the student finds which one the article gets wrong.
    expect(q.options[q.answer]).toBe('receive');
    expect(q.options).toHaveLength(4);
    expect(q.prompt).toBe('The sentence that begins “The library will…” misspells one of these words. Which one? Each option is spelled correctly here: find the one the article gets wrong.');
    expect([q.prompt, ...q.options].join(' ')).not.toContain('recieve');
    for (const option of q.options.filter((_, i) => i !== q.answer)) {
      expect(text).toMatch(new RegExp(`\\b${option}\\b`));
      expect(inEveryDictionary(option), option).toBe(true);
    }
    // "neighbour" is right in Britain and "wrong" in the US: never offered as a correctly spelled option.
    expect(q.options).not.toContain('neighbour');
    expect(q.explanation).toContain('spelled “receive”: two letters are swapped');
  });

  it('asks nothing when the typo has no single clear correction, or sits in quoted speech', () => {
    expect(typoQuestions(article(...body, 'The bame of the season was cancelled because of the weather.')).questions).toEqual([]);
    expect(typoQuestions(article(...body, '“We will recieve more books soon,” said the librarian.')).questions).toEqual([]);
  });
});

describe('spot-error: a typo with a possessive ending', () => {
  it('shows the word without its ’s, so it is not the one option with an ending', () => {
    const { questions } = typoQuestions(
      article(...body, 'The comittee’s report praised the builders, the painters and the cleaners for their careful work.'),
    );
    const q = questions.find((x) => x.options[x.answer].startsWith('comm'));
    expect(q?.options[q.answer]).toBe('committee');
    for (const o of q?.options ?? []) expect(o).not.toMatch(/[’']s$/);
  });
});

describe('spot-error: the other options', () => {
  it('are words people often misspell when the article has them, so each option needs checking', () => {
    const { questions } = typoQuestions(
      article(...body, 'The library will recieve separate funding, and the council said more money was necessary for the roof and windows.'),
    );
    const q = questions[0];
    expect(q.options[q.answer]).toBe('receive');
    expect(q.options).toEqual(expect.arrayContaining(['separate', 'necessary']));
  });
});
