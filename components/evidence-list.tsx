import type { Sentence } from '@/lib/analysis/types';

/** Quotes shown before the rest fold away: a question that rests on every sentence would otherwise fill a phone. */
const SHOWN = 2;

/** The sentences an answer rests on, each with a link to it in the article; a long list shows two and folds the rest. */
export function EvidenceList({ evidence, sentences, articleHref }: { evidence: number[]; sentences: Sentence[]; articleHref: string }) {
  const quotes = evidence.filter((n) => sentences[n]).map((n) => (
    <blockquote key={n} className="evidence">
      “{sentences[n]!.text}”{' '}
      {/* A full page load, not a client navigation: only a real one makes the sentence the CSS :target. */}
      <a href={`${articleHref}#s-${n}`}>Find it in the article (sentence {n + 1})</a>
    </blockquote>
  ));
  if (quotes.length <= SHOWN + 1) return <>{quotes}</>;
  return (
    <>
      {quotes.slice(0, SHOWN)}
      <details className="evidence-more">
        <summary>Show the other {quotes.length - SHOWN} sentences</summary>
        {quotes.slice(SHOWN)}
      </details>
    </>
  );
}
