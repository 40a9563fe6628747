import type { AnswerKey } from './grade';

/** A, B, C … for the n-th option as printed. */
export const letter = (n: number) => String.fromCharCode(65 + n);

const numbers = (sentences: number[]) =>
  `sentence${sentences.length === 1 ? '' : 's'} ${[...sentences].sort((x, y) => x - y).map((s) => s + 1).join(', ')}`;

/**
 * The right answer in the words of a printed worksheet: letters of the options in the order they were printed
 * (`order[i]` is the canonical option printed i-th), sentence numbers counted from 1 as the printed article shows.
 */
export function keyWords(key: AnswerKey, order: number[]): string {
  const at = (canonical: number) => letter(order.indexOf(canonical));
  switch (key.kind) {
    case 'one':
      return at(key.answer);
    case 'several':
      return key.answers.map(at).sort().join(', ');
    case 'order':
      return key.order.map(at).join(' → ');
    case 'sentences':
      return numbers(key.sentences);
    case 'two-part':
      return `Part A: ${at(key.answer)}; Part B: ${numbers(key.sentences)}`;
  }
}
