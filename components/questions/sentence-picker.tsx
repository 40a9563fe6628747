'use client';

import { useState } from 'react';
import { PickCount } from './pick-count';

export type PublicSentence = { index: number; text: string };

/**
 * The article's sentences as a labelled group of checkboxes (`s_<question id>`): tap, click, or Tab to a sentence and
 * press Space. A chosen sentence is marked by a tick and the word "chosen", not by colour alone, and the count
 * chosen is announced. Plain checkboxes, so it works without JavaScript too (only the count then stays still).
 */
export function SentencePicker({ questionId, label, sentences, want, chosen = [] }: {
  questionId: string;
  label: string;
  sentences: PublicSentence[];
  want: number;
  chosen?: number[];
}) {
  const [picked, setPicked] = useState(() => new Set(chosen));
  const countId = `count-s-${questionId}`;
  const toggle = (i: number, on: boolean) => setPicked((p) => {
    const next = new Set(p);
    if (on) next.add(i);
    else next.delete(i);
    return next;
  });
  return (
    <fieldset className="sentences" aria-describedby={countId}>
      <legend>{label} Choose {want} sentence{want === 1 ? '' : 's'} of the article.</legend>
      <PickCount id={countId} chosen={picked.size} want={want} noun={['sentence', 'sentences']} />
      <ol className="sentence-list">
        {sentences.map((s) => (
          <li key={s.index}>
            <label className="pick-sentence">
              <input type="checkbox" name={`s_${questionId}`} value={s.index} defaultChecked={chosen.includes(s.index)}
                onChange={(e) => toggle(s.index, e.currentTarget.checked)} />
              <span className="sentence-text">{s.text}</span>
              <span className="chosen-mark" aria-hidden="true">✓ chosen</span>
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
