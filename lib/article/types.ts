/** One block of an article body, in order: headings and paragraphs keep their published text exactly. */
export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

/** A parsed article: metadata plus its body split into headings and paragraphs. */
export interface Article {
  title: string | null;
  /** The article's own date as YYYY-MM-DD, from front matter or a leading `date YYYY-MM-DD`. */
  date: string | null;
  source: string | null;
  url: string | null;
  headings: string[];
  paragraphs: string[];
  /** Headings and paragraphs in reading order. */
  blocks: Block[];
}
