'use client';

import { useState } from 'react';
import { PickCount } from './pick-count';

/** Several answers: a checkbox per option (`m_<question id>`), "choose N" and the count ticked, announced. */
export function MultiOptions({ questionId, options, want, chosen = [] }: { questionId: string; options: string[]; want: number; chosen?: number[] }) {
  const [count, setCount] = useState(chosen.length);
  const countId = `count-m-${questionId}`;
  return (
    <div role="group" aria-label={`Choose ${want}`} aria-describedby={countId}>
      <p className="pick-hint"><strong>Choose {want}.</strong></p>
      {options.map((option, j) => (
        <label key={j} className="option">
          <input type="checkbox" name={`m_${questionId}`} value={j} defaultChecked={chosen.includes(j)}
            onChange={(e) => {
              // Read now: the event's target is gone by the time React runs the updater.
              const by = e.currentTarget.checked ? 1 : -1;
              setCount((c) => c + by);
            }} />
          <span>{option}</span>
        </label>
      ))}
      <PickCount id={countId} chosen={count} want={want} noun={['option', 'options']} />
    </div>
  );
}
