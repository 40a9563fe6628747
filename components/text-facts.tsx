import type { Analysis } from '@/lib/analysis/types';

/** The article's text statistics, shown beside it so readers can check the statistics questions themselves. */
export function TextFacts({ analysis }: { analysis: Analysis }) {
  const { stats, sentences } = analysis;
  const longest = sentences[stats.longestSentence];
  return (
    <aside className="facts" aria-labelledby="facts-title">
      <h2 id="facts-title">Text facts</h2>
      <dl>
        <dt>Words</dt><dd>{stats.words}</dd>
        <dt>Sentences</dt><dd>{stats.sentences}</dd>
        <dt>Average sentence</dt><dd>{stats.averageSentenceWords.toFixed(1)} words</dd>
        <dt>Longest sentence</dt><dd>{longest ? `${longest.words} words` : '–'}</dd>
        <dt>Reading grade</dt><dd>{stats.fleschKincaidGrade.toFixed(1)}</dd>
        <dt>Reading time</dt><dd>{stats.readingMinutes} min</dd>
      </dl>
      <p className="muted" style={{ marginBottom: 0 }}>A word is anything between spaces that has a letter or a digit in it. Headings are not counted.</p>
    </aside>
  );
}
