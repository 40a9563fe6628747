/**
 * Articles that ship with the app and are loaded by the seed step. The text files sit beside this file and are
 * stored exactly as published (errors included). Front matter in the file wins over `source` and `url`.
 *
 * The Wikinews articles come from ../shared/corpus (English Wikinews, CC BY 2.5): each carries the credit its
 * licence asks for, shown under the article (components/attribution.tsx). The twelve were chosen from the sixteen
 * for the quizzes the generator makes of them (the most and most varied questions; two interviews it finds nothing
 * to ask about were left out, and of the two short Mecca disaster reports only one was kept).
 */

/** The topics the home page filters by, in the order its filter lists them. */
export const TOPICS = [
  { id: 'science', label: 'Science & tech' },
  { id: 'politics', label: 'Politics' },
  { id: 'world', label: 'World' },
  { id: 'society', label: 'Society & law' },
  { id: 'culture', label: 'Arts & media' },
] as const;
export type TopicId = (typeof TOPICS)[number]['id'];

/** A licence's credit line: who wrote it, under which licence, and what was changed here. */
export type Licence = { author: string; name: string; url: string; changes: string };

const WIKINEWS: Licence = {
  author: 'Wikinews contributors',
  name: 'CC BY 2.5',
  url: 'https://creativecommons.org/licenses/by/2.5/',
  changes: 'Figures and their captions were removed, spacing was fixed and the text was reformatted; the words are as published.',
};

export type ContentArticle = {
  file: string;
  slug: string;
  topic: TopicId;
  source: string | null;
  url: string | null;
  /** Null for a text the project may ship without a credit line. */
  licence: Licence | null;
  /**
   * Listed first on the home page and chosen first in the assignment form: the demo article, whose quiz has the
   * most questions and every kind of question.
   */
  featured: boolean;
};

function wikinews(file: string, slug: string, topic: TopicId): ContentArticle {
  return { file: `wikinews-${file}.md`, slug, topic, source: null, url: null, licence: WIKINEWS, featured: false };
}

export const contentArticles: ContentArticle[] = [
  { file: 'rust-baldwin-dismissal.txt', slug: 'rust-baldwin-dismissal', topic: 'society', source: null, url: null, licence: null, featured: true },
  wikinews('news-nasa', 'nasa-shuttle-anniversary', 'science'),
  wikinews('interview-cyclone', 'cyclone-phailin-experts', 'science'),
  wikinews('news-afghan', 'afghan-girls-robotics-team', 'science'),
  wikinews('news-flag', 'new-zealand-flag-process', 'politics'),
  wikinews('interview-libertarian', 'robert-sarvis-interview', 'politics'),
  wikinews('interview-chomsky', 'noam-chomsky-interview', 'politics'),
  wikinews('news-asylum', 'asylum-seekers-rescued-indonesia', 'world'),
  wikinews('news-stampede', 'hajj-stampede', 'world'),
  wikinews('news-clock', 'ahmed-mohamed-clock', 'society'),
  wikinews('news-warhol', 'warhol-photo-exhibits', 'culture'),
  wikinews('news-lanterns', 'taipei-lantern-festival', 'culture'),
  wikinews('interview-onion', 'the-onion-interview', 'culture'),
];

/** The bundled article with this slug, or undefined (a teacher's or an imported article). */
export function contentArticle(slug: string): ContentArticle | undefined {
  return contentArticles.find((a) => a.slug === slug);
}
