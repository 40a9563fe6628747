import { keyWords } from '@/lib/quiz/paper-key';
import type { PrintItem, Printable } from '@/lib/server/printable-quiz';
import { SheetBar } from './print-sheet';
import './print.css';

function KeyRow({ item, n }: { item: PrintItem; n: number }) {
  return (
    <li className="print-question">
      <p style={{ margin: 0 }}><strong>{n}.</strong> {item.question.prompt}</p>
      <p style={{ margin: '.2rem 0' }}>Answer: <strong>{keyWords(item.key, item.order)}</strong></p>
      <p className="muted" style={{ margin: 0 }}>Why: {item.question.explanation}</p>
    </li>
  );
}

/** The teacher's answer key to a printed worksheet: the same questions in the same order, each with its answer. */
export function AnswerKeySheet({ sheet }: { sheet: Printable }) {
  return (
    <article className="print-sheet">
      <SheetBar sheet={sheet} other={{ href: `${sheet.base}/print`, label: 'Worksheet' }} />
      <p className="muted" style={{ margin: 0 }}>{sheet.context}</p>
      <h1>Answer key: {sheet.title}</h1>
      <p>For the teacher only. Letters follow the printed worksheet; sentence numbers are those printed in the article.</p>
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {sheet.items.map((item, i) => <KeyRow key={item.question.id} item={item} n={i + 1} />)}
      </ol>
    </article>
  );
}
