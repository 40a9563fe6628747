import type { ClassSkills } from '@/lib/server/class-skills';
import { band, percent, trendWords, type Tally } from '@/lib/quiz/mastery';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';

/** One cell: the share as a number (and right of answered), shaded by band; a dash for a skill never asked. */
function Cell({ t }: { t: Tally | undefined }) {
  if (!t || t.share === null) return <td className="skill-cell"><span aria-label="not asked">–</span></td>;
  return (
    <td className={`skill-cell ${band(t.share)}`}>
      <strong>{percent(t.share)}</strong> <span className="muted">({t.right}/{t.answered})</span>
    </td>
  );
}

/** The class's skills grid: students × skills, the class average and the trend per skill (number plus shade). */
export function SkillsGrid({ grid }: { grid: ClassSkills }) {
  return (
    <div className="table-scroll" role="region" aria-label="Skills grid" tabIndex={0}>
      <table className="board skills-grid" style={{ maxWidth: 'none' }}>
        <caption className="visually-hidden">Share right per student and skill</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            {grid.skills.map((s) => <th key={s} scope="col" className="skill-cell">{SKILL_NAMES[s]}</th>)}
          </tr>
        </thead>
        <tbody>
          {grid.students.map((st) => (
            <tr key={st.id}>
              <th scope="row">{st.nickname}</th>
              {grid.skills.map((s) => <Cell key={s} t={st.cells[s]} />)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Class average</th>
            {grid.skills.map((s) => <Cell key={s} t={grid.average[s]} />)}
          </tr>
          <tr>
            <th scope="row">Trend since the assignment before</th>
            {grid.skills.map((s) => <td key={s} className="skill-cell">{trendWords(grid.trend[s] ?? null)}</td>)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The class's share right per assignment, oldest first, overall and per skill. */
export function SkillsTrend({ grid }: { grid: ClassSkills }) {
  return (
    <div className="table-scroll" role="region" aria-label="Trend over assignments" tabIndex={0}>
      <table className="board" style={{ maxWidth: 'none' }}>
        <caption className="visually-hidden">Class share right per assignment, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Assignment</th>
            <th scope="col" className="skill-cell">All skills</th>
            {grid.skills.map((s) => <th key={s} scope="col" className="skill-cell">{SKILL_NAMES[s]}</th>)}
          </tr>
        </thead>
        <tbody>
          {grid.assignments.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.articleTitle} <span className="muted">({a.opensAt.slice(0, 10)})</span></th>
              <Cell t={a.overall} />
              {grid.skills.map((s) => <Cell key={s} t={a.bySkill[s]} />)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
