import Link from 'next/link';
import type { BoardOrder } from '@/lib/db/queries/leaderboard';
import './board-tabs.css';

const TABS: { by: BoardOrder; label: string }[] = [
  { by: 'score', label: 'Score' },
  { by: 'confidence', label: 'Confidence marks' },
];

/**
 * The two rankings of a public board as plain links (they work without JavaScript and with the keyboard), the
 * current one marked with aria-current so a screen reader says which board is shown.
 */
export function BoardTabs({ slug, by }: { slug: string; by: BoardOrder }) {
  return (
    <nav aria-label="Rank by" className="board-tabs">
      <ul>
        {TABS.map((t) => (
          <li key={t.by}>
            <Link href={t.by === 'score' ? `/articles/${slug}/leaderboard` : `/articles/${slug}/leaderboard?by=${t.by}`} aria-current={t.by === by ? 'page' : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
