import { calibrationSentence, CONFIDENCE_NAMES, PROMISES, type CalibrationLevel } from '@/lib/quiz/confidence';

const ROW = 46;
const LEFT = 96;
const BAR = 220;
const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The calibration picture, drawn on the server: per confidence level a bar of how often the player was right, with
 * a dashed mark at what that level promises; a table beside it says the same in words for screen readers (and for
 * anyone who prefers numbers), and one plain sentence says what to do about it. `id` keeps two charts on one page
 * apart.
 */
export function CalibrationChart({ levels, id = 'calibration', heading = 'How sure were you?' }: { levels: CalibrationLevel[]; id?: string; heading?: string }) {
  const height = levels.length * ROW + 24;
  return (
    <section aria-labelledby={`${id}-title`} className="card" style={{ marginBottom: '1rem' }}>
      <h2 id={`${id}-title`} style={{ marginTop: 0 }}>{heading}</h2>
      <p id={`${id}-sentence`}><strong>{calibrationSentence(levels)}</strong></p>
      <div className="calibration">
        {/* The table below carries the same figures, so the drawing is hidden from screen readers. */}
        <svg width={LEFT + BAR + 60} height={height} viewBox={`0 0 ${LEFT + BAR + 60} ${height}`} aria-hidden="true" focusable="false">
          {levels.map((l, i) => {
            const y = i * ROW + 8;
            const w = l.share === null ? 0 : Math.max(2, l.share * BAR);
            const short = l.share !== null && l.share < l.promise;
            return (
              <g key={l.confidence}>
                <text x={0} y={y + 19} fontSize="14" fill="#1b1f24">{CONFIDENCE_NAMES[l.confidence]}</text>
                <rect x={LEFT} y={y} width={BAR} height={28} fill="#f1f4fb" stroke="#d9d4c7" />
                <rect x={LEFT} y={y} width={w} height={28} fill={short ? '#991b1b' : '#166534'} />
                {l.promise > 0 ? <line x1={LEFT + l.promise * BAR} x2={LEFT + l.promise * BAR} y1={y - 4} y2={y + 32} stroke="#1b1f24" strokeWidth={2} strokeDasharray="4 3" /> : null}
                <text x={LEFT + BAR + 8} y={y + 19} fontSize="14" fill="#1b1f24">{l.share === null ? '–' : pct(l.share)}</text>
              </g>
            );
          })}
          <text x={LEFT} y={height - 2} fontSize="11" fill="#4f5863">bar: share right · dashed line: what the level promises</text>
        </svg>
        <table className="board" style={{ maxWidth: '28rem' }}>
          <caption className="visually-hidden">Right answers at each level of confidence</caption>
          <thead>
            <tr><th scope="col">You said</th><th scope="col" className="num">Right</th><th scope="col">Promises</th></tr>
          </thead>
          <tbody>
            {levels.map((l) => (
              <tr key={l.confidence}>
                <th scope="row">{CONFIDENCE_NAMES[l.confidence]}</th>
                <td className="num">{l.answered === 0 ? 'not used' : `${l.right} of ${l.answered} (${pct(l.share!)})`}</td>
                <td>{PROMISES[l.confidence].words}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
