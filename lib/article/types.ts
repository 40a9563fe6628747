/** One block of an article body, in order: headings and paragraphs keep their published text exactly. */
export type Block =
  | { kind: 'heading'; text: string }
  /** `speaker`: the interview turn's label ("Noam Chomsky"), taken off the paragraph's text. */
  | { kind: 'paragraph'; text: string; speaker?: string };

/** A parsed article: metadata plus its body split into headings and paragraphs. */
export interface Article {
  title: string | null;
  /** The article's own date as YYYY-MM-DD, from front matter or a leading `date YYYY-MM-DD`. */
  date: string | null;
  source: string | null;
  url: string | null;
  headings: string[];
  paragraphs: string[];
  /** Per paragraph, who speaks it in an interview (its turn label), else null; absent when no turns were found. */
  speakers?: Array<string | null>;
  /** Headings and paragraphs in reading order. */
  blocks: Block[];
}
