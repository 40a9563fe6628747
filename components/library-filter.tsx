import Link from 'next/link';
import { TOPICS } from '@/lib/content/manifest';
import { LENGTHS, LEVELS, type LibraryFilter as Filter } from '@/lib/library/card-facts';

/**
 * The library's filter: a plain GET form, so it works before (or without) JavaScript and every choice is a URL
 * a teacher can share.
 */
export function LibraryFilter({ filter }: { filter: Filter }) {
  const any = filter.topic || filter.length || filter.level;
  return (
    <form method="get" action="/#library" className="filters" aria-label="Filter the library">
      <div>
        <label htmlFor="filter-topic">Topic</label>
        <select id="filter-topic" name="topic" defaultValue={filter.topic ?? ''}>
          <option value="">Any topic</option>
          {TOPICS.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-length">Length</label>
        <select id="filter-length" name="length" defaultValue={filter.length ?? ''}>
          <option value="">Any length</option>
          {LENGTHS.map((l) => <option key={l.id} value={l.id}>{l.label} ({l.hint})</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-level">Reading level</label>
        <select id="filter-level" name="level" defaultValue={filter.level ?? ''}>
          <option value="">Any level</option>
          {LEVELS.map((l) => <option key={l.id} value={l.id}>{l.label} ({l.hint})</option>)}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit">Show articles</button>
        {any ? <Link href="/#library">Clear filters</Link> : null}
      </div>
    </form>
  );
}
