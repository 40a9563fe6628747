import type { Analysis, Person } from './types';

/**
 * Points every quotation, statement, source and figure at the Person it names, by id, so that the quiz layer reads
 * who said, claimed or gave what from these links instead of matching names again. The finders resolve a speaker
 * to a Person and record that Person's exact name; this joins on that name once. People without an id (a
 * hand-built analysis) get one here, in list order.
 */
export function linkPeople<A extends Pick<Analysis, 'people' | 'quotes' | 'statements' | 'sources' | 'figures'>>(analysis: A): A {
  const people: Person[] = analysis.people.map((p, i) => (p.id ? p : { ...p, id: `p${i + 1}` }));
  const byName = new Map(people.map((p) => [p.name, p.id]));
  const id = (name: string | null) => (name === null ? null : byName.get(name) ?? null);
  return {
    ...analysis,
    people,
    quotes: analysis.quotes.map((q) => ({ ...q, speakerId: id(q.speaker) })),
    statements: analysis.statements.map((s) => ({ ...s, whoId: id(s.who) })),
    sources: analysis.sources.map((s) => ({ ...s, whoId: id(s.who) })),
    figures: analysis.figures.map((f) => ({ ...f, sourceId: id(f.source) })),
  };
}

/** The Person with this id, or undefined. */
export function personById(people: Person[], id: string | null | undefined): Person | undefined {
  return id ? people.find((p) => p.id === id) : undefined;
}
