/** A question as the JSON API deals it: the kind says which answer shape it takes, `pick` how many to choose. */
export type DealtQuestion = { id: string; kind?: string; options: string[]; pick?: number; partB?: { pick: number } };

const first = (n: number, shift: number, of: number) => Array.from({ length: n }, (_, i) => (i + shift) % of);

/**
 * An answer of the right shape for any kind of question, varied by `n` (so scores vary): an option for single
 * choice, `pick` options, an order of every item, `pick` sentences of the first few, or both parts of a two-part item.
 * The sentence indices are real sentences of any article (every article has more than a handful).
 */
export function anyAnswer(q: DealtQuestion, n = 0): unknown {
  const options = Math.max(1, q.options.length);
  switch (q.kind ?? 'choice') {
    case 'multi':
      return { options: first(q.pick ?? 2, n, options) };
    case 'order':
      return { order: first(options, n, options) };
    case 'evidence':
      return { sentences: first(q.pick ?? 1, n, 5) };
    case 'two-part':
      return { option: n % options, sentences: first(q.partB?.pick ?? 1, n, 5) };
    default:
      return n % options;
  }
}

/** Answers to every dealt question, each of its kind's shape. */
export function answersFor(questions: DealtQuestion[], n = 0): Record<string, unknown> {
  return Object.fromEntries(questions.map((q, i) => [q.id, anyAnswer(q, n + i)]));
}
