import type { Article } from '@/lib/article/types';
import type { Sentence } from '@/lib/analysis/types';

/**
 * The article as published, paragraph by paragraph, with each sentence wrapped in an anchor target (#s-N) so
 * that a result page can link to the exact sentence a question rests on; CSS highlights the targeted one.
 * `numbered`: each sentence starts with its number (a printed worksheet's evidence questions ask for them).
 */
export function ArticleText({ article, sentences, numbered = false }: { article: Article; sentences: Sentence[]; numbered?: boolean }) {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
  let paragraph = -1;
  return (
    <div className="article-body">
      {article.blocks.map((block, i) => {
        if (block.kind === 'heading') return <h2 key={i}>{block.text}</h2>;
        paragraph++;
        const text = block.text;
        const parts = byParagraph.get(paragraph) ?? [];
        const out: React.ReactNode[] = [];
        let at = 0;
        for (const s of parts) {
          if (s.start > at) out.push(text.slice(at, s.start));
          out.push(
            <span key={s.index} id={`s-${s.index}`} className="sentence">
              {numbered ? <span className="sentence-number">{s.index + 1}</span> : null}
              {text.slice(s.start, s.end)}
            </span>,
          );
          at = s.end;
        }
        if (at < text.length) out.push(text.slice(at));
        return (
          <p key={i}>
            {block.speaker ? <strong className="turn-speaker">{block.speaker}: </strong> : null}
            {out}
          </p>
        );
      })}
    </div>
  );
}
