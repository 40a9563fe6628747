import type { Article } from '@/lib/article/types';
import type { Sentence } from '@/lib/analysis/types';

/**
 * The article as published, paragraph by paragraph, with each sentence wrapped in an anchor target (#s-N) so
 * that a result page can link to the exact sentence a question rests on; CSS highlights the targeted one. A second
 * copy on one page (the quiz's side panel and its phone dialog) leaves the anchors out (`anchors: false`): ids are
 * unique to a page. `numbered`: each sentence starts with its number (a printed worksheet's evidence questions ask
 * for them).
 */
export function ArticleText({ article, sentences, anchors = true, numbered = false }: { article: Article; sentences: Sentence[]; anchors?: boolean; numbered?: boolean }) {
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
            <span key={s.index} id={anchors ? `s-${s.index}` : undefined} className="sentence">
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

/** The article without the heading that became the page's title (it is not repeated inside the text). */
export function withoutTitle(article: Article, title: string): Article {
  return { ...article, blocks: article.blocks.filter((b) => !(b.kind === 'heading' && b.text === title)) };
}
