import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '@/lib/analysis/types';
import { EvidenceList } from './evidence-list';

const sentences: Sentence[] = Array.from({ length: 20 }, (_, i) => ({ index: i, text: `Sentence number ${i}.`, paragraph: 0, start: 0, end: 0, words: 3 }));
const render = (evidence: number[]) => renderToStaticMarkup(createElement(EvidenceList, { evidence, sentences, articleHref: '/articles/a' }));

describe('EvidenceList', () => {
  it('shows up to three sentences in full, each linked to its place in the article', () => {
    const html = render([4, 7, 9]);
    expect(html.match(/<blockquote/g)).toHaveLength(3);
    expect(html).not.toContain('<details');
    expect(html).toContain('href="/articles/a#s-9"');
    expect(html).toContain('(sentence 10)');
  });

  it('folds a long list after two sentences, saying how many are folded', () => {
    const html = render(Array.from({ length: 18 }, (_, i) => i));
    const [open, folded] = html.split('<details');
    expect(open!.match(/<blockquote/g)).toHaveLength(2);
    expect(folded!.match(/<blockquote/g)).toHaveLength(16);
    expect(folded).toContain('<summary>Show the other 16 sentences</summary>');
  });

  it('skips an index the article does not have', () => {
    expect(render([1, 99]).match(/<blockquote/g)).toHaveLength(1);
  });
});
