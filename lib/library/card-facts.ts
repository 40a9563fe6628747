import { TOPICS, contentArticle, type TopicId } from '../content/manifest';

/**
 * What a library card says about an article and how the home page filters by it. Pure: the page hands in the rows
 * it read, the URL's query, and gets back the cards to show.
 */

/** Reading levels, from the Flesch-Kincaid grade of the body: news is mostly grade 10–14. */
export const LEVELS = [
  { id: 'easier', label: 'Easier', hint: 'below grade 11' },
  { id: 'standard', label: 'Standard', hint: 'grades 11–12' },
  { id: 'challenging', label: 'Challenging', hint: 'grade 13 and up' },
] as const;
export type LevelId = (typeof LEVELS)[number]['id'];

/** Lengths, by reading time in whole minutes. */
export const LENGTHS = [
  { id: 'short', label: 'Short', hint: 'up to 2 min' },
  { id: 'medium', label: 'Medium', hint: '3–4 min' },
  { id: 'long', label: 'Long', hint: '5 min or more' },
] as const;
export type LengthId = (typeof LENGTHS)[number]['id'];

/** The level of a Flesch-Kincaid grade (rounded to a whole grade first, as the card shows it). */
export function readingLevel(grade: number): LevelId {
  const g = Math.round(grade);
  if (g < 11) return 'easier';
  if (g < 13) return 'standard';
  return 'challenging';
}

/** The length band of a reading time in minutes. */
export function lengthBand(minutes: number): LengthId {
  if (minutes <= 2) return 'short';
  if (minutes <= 4) return 'medium';
  return 'long';
}

/** The card's grade: a whole school grade, at least 1 (a formula can go below it for very plain text). */
export function shownGrade(grade: number): number {
  return Math.max(1, Math.round(grade));
}

export type LibraryRow = { slug: string; words: number; readingMinutes: number; fleschKincaidGrade: number };
export type LibraryCard<R extends LibraryRow> = R & { topic: TopicId | null; level: LevelId; length: LengthId; grade: number };
export type LibraryFilter = { topic: TopicId | null; length: LengthId | null; level: LevelId | null };

/** The facts of each card: topic from the manifest (null for an article that does not ship with the app). */
export function toCards<R extends LibraryRow>(rows: R[]): LibraryCard<R>[] {
  return rows.map((r) => ({
    ...r,
    topic: contentArticle(r.slug)?.topic ?? null,
    level: readingLevel(r.fleschKincaidGrade),
    length: lengthBand(r.readingMinutes),
    grade: shownGrade(r.fleschKincaidGrade),
  }));
}

function pick<T extends string>(value: string | string[] | undefined, allowed: readonly { id: T }[]): T | null {
  const v = Array.isArray(value) ? value[0] : value;
  return allowed.find((a) => a.id === v)?.id ?? null;
}

/** The filter in a home page URL (`?topic=science&length=short&level=easier`); an unknown value means "any". */
export function parseFilter(query: Record<string, string | string[] | undefined>): LibraryFilter {
  return { topic: pick(query.topic, TOPICS), length: pick(query.length, LENGTHS), level: pick(query.level, LEVELS) };
}

/** The cards that match every chosen part of the filter. */
export function filterCards<C extends { topic: TopicId | null; level: LevelId; length: LengthId }>(cards: C[], f: LibraryFilter): C[] {
  return cards.filter((c) => (!f.topic || c.topic === f.topic) && (!f.length || c.length === f.length) && (!f.level || c.level === f.level));
}

/** The home page URL of a filter, with only the parts that are set (so a shared link stays short). */
export function filterHref(f: LibraryFilter): string {
  const q = new URLSearchParams();
  if (f.topic) q.set('topic', f.topic);
  if (f.length) q.set('length', f.length);
  if (f.level) q.set('level', f.level);
  const s = q.toString();
  return s ? `/?${s}#library` : '/#library';
}

/** The label of a topic, for a card and a heading. */
export function topicLabel(id: TopicId): string {
  return TOPICS.find((t) => t.id === id)!.label;
}
