import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/index';
import { buildQuestionBank } from './index';
import { genderOf, roleGender, stemGender } from './gender';
import { articleText } from '@/tests/support/article-text';

const text = articleText('Ferry strike to go ahead', '2025-05-14', [
  'Ivo Marsh, a spokesman for the ferry workers’ union, said the strike would go ahead on Friday.',
  'Union secretary Dana Voss said she expected talks with the operator to resume next week.',
  'Port director Lena Skov said the port had lost money every day of the dispute. She called the strike reckless.',
  'Harbour pilot Sofia Brandt said she had never seen the quays so empty in twenty years.',
  'Councillor Erik Dahl said he backed the workers but wanted the ferries running again.',
]);

describe('gender from the article', () => {
  it('reads a gendered role or title, and a neutral one as none', () => {
    expect(roleGender('a spokesman for the union')).toBe('m');
    expect(roleGender('chairwoman of the board')).toBe('f');
    expect(roleGender('Ms Hale')).toBe('f');
    expect(roleGender('the port director')).toBeNull();
    expect(stemGender('Which person does the article describe as “spokesman for the union”?')).toBe('m');
    expect(stemGender('Who said “my mother saw it”?')).toBeNull();
    expect(stemGender('a German human rights group')).toBeNull();
  });

  it('reads a person’s gender from their role or the pronouns of sentences naming only them', () => {
    const { analysis } = analyzeText(text);
    const g = (name: string) => genderOf(analysis.people.find((p) => p.name === name)!, analysis);
    expect(g('Ivo Marsh')).toBe('m');
    expect(g('Dana Voss')).toBe('f');
    expect(g('Lena Skov')).toBe('f');
    expect(g('Erik Dahl')).toBe('m');
  });
});

describe('a gendered role in the stem', () => {
  it('offers no one the article shows to be of the other gender beside "spokesman"', () => {
    const questions = buildQuestionBank(text).questions.filter((q) => /spokesman/.test(q.prompt));
    for (const q of questions) expect(q.options.filter((o) => /Voss|Skov|Brandt/.test(o)), q.prompt).toEqual([]);
  });
});
