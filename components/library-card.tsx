import { ClockIcon, LevelIcon, QuestionsIcon, TagIcon } from '@/components/icons';
import { LENGTHS, LEVELS, topicLabel, type LibraryCard as Card } from '@/lib/library/card-facts';
import { formatDate, plural } from '@/lib/format';
import type { ArticleSummary } from '@/lib/db/queries/articles';

/** One article of the library: its title, then topic, length and reading level, each said in words. */
export function LibraryCard({ card }: { card: Card<ArticleSummary> }) {
  const level = LEVELS.find((l) => l.id === card.level)!;
  const length = LENGTHS.find((l) => l.id === card.length)!;
  return (
    <li className="card library-card">
      {card.topic ? <p className="topic"><TagIcon /> <span className="visually-hidden">Topic: </span>{topicLabel(card.topic)}</p> : null}
      <h3><a href={`/articles/${card.slug}`}>{card.title}</a></h3>
      <p className="muted card-source">{formatDate(card.date)} · {card.source ?? 'Source not given'}</p>
      <ul className="facts-row">
        <li><ClockIcon /> {length.label}: {card.words} words, {card.readingMinutes} min read</li>
        <li><LevelIcon /> Reading level: {level.label} (grade {card.grade})</li>
        <li><QuestionsIcon /> {plural(card.questionCount, 'question')}</li>
      </ul>
    </li>
  );
}
