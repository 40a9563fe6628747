import { ArticleText } from '@/components/article-text';
import { PrintButton } from '@/components/print-button';
import { letter } from '@/lib/quiz/paper-key';
import type { PrintItem, Printable } from '@/lib/server/printable-quiz';
import './print.css';


/** "Write the number of one sentence", "Write the numbers of 2 sentences". */
const writeSentences = (n: number) => (n === 1 ? 'Write the number of one sentence' : `Write the numbers of ${n} sentences`);

/** The screen-only bar above a sheet: back, print, and the other sheet. */
export function SheetBar({ sheet, other }: { sheet: Printable; other: { href: string; label: string } }) {
  return (
    <div className="actions no-print">
      <a href={sheet.back}>← Back</a>
      <PrintButton />
      <a href={other.href}>{other.label}</a>
    </div>
  );
}

/** What a student writes or circles for one question on paper (no key: this part reaches the class). */
function PaperQuestion({ item, n }: { item: PrintItem; n: number }) {
  const { question: q, key, order } = item;
  const options = (
    <ol className="print-options">
      {order.map((c, i) => <li key={c}>{letter(i)}. {q.options[c]}</li>)}
    </ol>
  );
  return (
    <li className="print-question">
      <p style={{ fontWeight: 700, margin: '0 0 .25rem' }}>{n}. {q.prompt}</p>
      {key.kind === 'one' ? <>{options}<p className="muted">Circle one letter.</p></> : null}
      {key.kind === 'several' ? <>{options}<p className="muted">Circle {key.answers.length} letters.</p></> : null}
      {key.kind === 'order' ? <>{options}<p>Write the letters in order:<span className="write-in" /></p></> : null}
      {key.kind === 'sentences' ? <p>{writeSentences(key.sentences.length)} of the article:<span className="write-in" /></p> : null}
      {key.kind === 'two-part' ? (
        <>
          <p style={{ margin: 0 }}>Part A</p>{options}<p className="muted">Circle one letter.</p>
          <p>Part B: {q.partB?.prompt} {writeSentences(key.sentences.length)}:<span className="write-in" /></p>
        </>
      ) : null}
    </li>
  );
}

/**
 * A worksheet for a class without devices: the article with its sentences numbered (the evidence questions ask for
 * those numbers), then every question with its options lettered. Nothing of the key is rendered.
 */
export function PrintSheet({ sheet }: { sheet: Printable }) {
  return (
    <article className="print-sheet">
      <SheetBar sheet={sheet} other={{ href: `${sheet.base}/key`, label: 'Answer key' }} />
      <p className="muted" style={{ margin: 0 }}>{sheet.context}</p>
      <h1>{sheet.title}</h1>
      <p>Name: <span className="write-in" /> Date: <span className="write-in" style={{ minWidth: '6rem' }} /></p>
      <ArticleText article={sheet.article} sentences={sheet.sentences} numbered />
      <h2 className="page-break">Questions ({sheet.items.length})</h2>
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {sheet.items.map((item, i) => <PaperQuestion key={item.question.id} item={item} n={i + 1} />)}
      </ol>
    </article>
  );
}
