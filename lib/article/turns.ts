import type { Block } from './types';

/** "Wikinews: …", "Noam Chomsky: …", "Q: …": up to four capitalised words and a colon opening a paragraph. */
export const LABEL = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(?=\S)/u;

/**
 * Speaker labels of an interview ("**Noam Chomsky:** I think …" once Markdown is stripped): a label counts when
 * at least two labels each open two or more paragraphs, so a lone "Note:" or "Update:" paragraph stays prose.
 * The label moves from the paragraph's text to its `speaker`, so sentences and quotations never contain it.
 */
export function splitTurns(blocks: Block[]): Block[] {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const m = b.kind === 'paragraph' ? LABEL.exec(b.text) : null;
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const labels = new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
  if (labels.size < 2) return blocks;
  return blocks.map((b) => {
    const m = b.kind === 'paragraph' ? LABEL.exec(b.text) : null;
    if (!m || !labels.has(m[1])) return b;
    return { kind: 'paragraph', text: b.text.slice(m[0].length), speaker: m[1] };
  });
}
