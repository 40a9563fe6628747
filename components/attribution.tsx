import { contentArticle } from '@/lib/content/manifest';
import { formatDate } from '@/lib/format';

/**
 * The credit a bundled article's licence asks for (CC BY: the work, its authors, where it is, the licence, what was
 * changed), under the article. Nothing for an article without a licence entry.
 */
export function Attribution({ slug, title, date, url }: { slug: string; title: string; date: string | null; url: string | null }) {
  const licence = contentArticle(slug)?.licence;
  if (!licence) return null;
  return (
    <aside className="attribution" aria-label="Source and licence">
      <p>
        Source: “{url ? <a href={url} rel="noopener noreferrer">{title}</a> : title}” by {licence.author}, {formatDate(date)}, licensed under{' '}
        <a href={licence.url} rel="license noopener noreferrer">{licence.name}</a>. {licence.changes}
      </p>
    </aside>
  );
}
