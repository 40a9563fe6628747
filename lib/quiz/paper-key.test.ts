import { describe, expect, it } from 'vitest';
import { keyWords } from './paper-key';

describe('the printed answer key', () => {
  // Printed order [2, 0, 3, 1]: canonical option 2 is printed as A, 0 as B, 3 as C, 1 as D.
  const order = [2, 0, 3, 1];
  it('names options by the letter they were printed under', () => {
    expect(keyWords({ kind: 'one', answer: 0, options: 4 }, order)).toBe('B');
    expect(keyWords({ kind: 'several', answers: [1, 2], options: 4 }, order)).toBe('A, D');
    expect(keyWords({ kind: 'order', order: [0, 1, 2, 3] }, order)).toBe('B → D → A → C');
  });
  it('counts sentences from 1, in order, and gives both parts of a two-part item', () => {
    expect(keyWords({ kind: 'sentences', sentences: [7, 2], within: 20 }, [])).toBe('sentences 3, 8');
    expect(keyWords({ kind: 'two-part', answer: 3, options: 4, sentences: [0], within: 20 }, order)).toBe('Part A: C; Part B: sentence 1');
  });
});
