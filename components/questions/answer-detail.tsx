import type { Sentence } from '@/lib/analysis/types';
import { orderPairs, type PlayerResponse } from '@/lib/quiz/grade';
import type { Question } from '@/lib/quiz/types';
import type { Reveal } from '@/lib/server/attempt-view';

type Props = { q: Question; response: PlayerResponse | null; reveal: Reveal; sentences: Sentence[]; articleHref: string };

/** A sentence of the article, quoted, with a link to it there (the article page highlights the linked sentence). */
function Quote({ n, sentences, articleHref }: { n: number; sentences: Sentence[]; articleHref: string }) {
  const s = sentences[n];
  if (!s) return <>sentence {n + 1}</>;
  return (
    <>“{s.text}” <a href={`${articleHref}#s-${n}`}>Find it in the article (sentence {n + 1})</a></>
  );
}

/** The player's sentences; with the answer revealed, each marked as part of the evidence or not (in words). */
function ChosenSentences({ picked, right, sentences, articleHref }: { picked: number[]; right: number[] | null; sentences: Sentence[]; articleHref: string }) {
  return (
    <ul className="answer-list">
      {picked.map((n) => (
        <li key={n} className={right ? (right.includes(n) ? 'pair-right' : 'pair-wrong') : undefined}>
          {right ? <strong>{right.includes(n) ? 'Evidence: ' : 'Not the evidence: '}</strong> : null}
          <Quote n={n} sentences={sentences} articleHref={articleHref} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What the player answered to a question of any kind and, when the reveal rule allows (`answer`), the right answer
 * and the partial credit: for an order, which neighbouring pairs were right. `verdict` and `held-back` show the
 * player's own answer only (the reveal rule lives in lib/server/attempt-view.ts).
 */
export function AnswerDetail({ q, response, reveal, sentences, articleHref }: Props) {
  const show = reveal === 'answer';
  const key = q.key;
  if (!response) return <p style={{ margin: '.25rem 0' }}>Your answer: none</p>;
  switch (response.kind) {
    case 'one':
      return (
        <>
          <p style={{ margin: '.25rem 0' }}>Your answer: {q.options[response.option]}</p>
          {show && response.option !== q.answer ? <p style={{ margin: '.25rem 0' }}>Right answer: <strong>{q.options[q.answer]}</strong></p> : null}
        </>
      );
    case 'several': {
      const right = show && key?.kind === 'several' ? key.answers : null;
      return (
        <>
          <p style={{ margin: '.25rem 0' }}>Your picks:</p>
          <ul className="answer-list">
            {response.options.map((i) => (
              <li key={i} className={right ? (right.includes(i) ? 'pair-right' : 'pair-wrong') : undefined}>
                {right ? <strong>{right.includes(i) ? 'Right pick: ' : 'Not right: '}</strong> : null}{q.options[i]}
              </li>
            ))}
          </ul>
          {right ? <p style={{ margin: '.25rem 0' }}>Right answers: <strong>{right.map((i) => q.options[i]).join(' and ')}</strong></p> : null}
        </>
      );
    }
    case 'order': {
      const right = show && key?.kind === 'order' ? key.order : null;
      const pairs = right ? orderPairs(response.order, right) : [];
      return (
        <>
          <p style={{ margin: '.25rem 0' }}>Your order:</p>
          <ol className="answer-list">{response.order.map((i) => <li key={i}>{q.options[i]}</li>)}</ol>
          {right ? (
            <>
              <p style={{ margin: '.25rem 0' }}>
                Neighbours in the right order: <strong>{pairs.filter((p) => p.right).length} of {pairs.length}</strong>
              </p>
              <ul className="answer-list">
                {pairs.map((p) => (
                  <li key={`${p.before}-${p.after}`} className={p.right ? 'pair-right' : 'pair-wrong'}>
                    <strong>{p.right ? 'Right: ' : 'Not right: '}</strong>{q.options[p.before]}, then {q.options[p.after]}
                  </li>
                ))}
              </ul>
              <p style={{ margin: '.25rem 0' }}>Right order:</p>
              <ol className="answer-list">{right.map((i) => <li key={i}>{q.options[i]}</li>)}</ol>
            </>
          ) : null}
        </>
      );
    }
    case 'sentences': {
      const right = show && key?.kind === 'sentences' ? key.sentences : null;
      return (
        <>
          <p style={{ margin: '.25rem 0' }}>Your sentence{response.sentences.length === 1 ? '' : 's'}:</p>
          <ChosenSentences picked={response.sentences} right={right} sentences={sentences} articleHref={articleHref} />
        </>
      );
    }
    case 'two-part': {
      const k = key?.kind === 'two-part' ? key : null;
      const aRight = response.option === q.answer;
      return (
        <>
          <p style={{ margin: '.25rem 0' }}>Part A, your answer: {q.options[response.option]}{show ? (aRight ? ' (right)' : ' (not right)') : ''}</p>
          {show && !aRight ? <p style={{ margin: '.25rem 0' }}>Right answer: <strong>{q.options[q.answer]}</strong></p> : null}
          <p style={{ margin: '.25rem 0' }}>Part B, {q.partB?.prompt ?? 'the supporting sentence'} Your sentence{response.sentences.length === 1 ? '' : 's'}:</p>
          <ChosenSentences picked={response.sentences} right={show && k ? k.sentences : null} sentences={sentences} articleHref={articleHref} />
        </>
      );
    }
  }
}
