import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SkillsGrid, SkillsTrend } from '@/components/skills-grid';
import { requireTeacher } from '@/lib/auth/player';
import { percent } from '@/lib/quiz/mastery';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import { getClassSkills, GRID_ASSIGNMENTS } from '@/lib/server/class-skills';
import { safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Skills grid' };

/** A teacher's skills grid of one class, with who needs what and a button to assign practice of that skill. */
export default async function ClassSkillsPage({ params }: Props) {
  await connection();
  const id = safeParam((await params).id);
  const user = await requireTeacher(`/teacher/classes/${id}/skills`);
  const grid = await getClassSkills(user, { classId: id });
  if (!grid) notFound();
  const needs = grid.students.filter((s) => s.weakest);
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={`/teacher/classes/${id}`}>← {grid.className}</Link></p>
      <h1>Skills grid: {grid.className}</h1>
      {grid.skills.length === 0 ? (
        <p className="empty">No answers yet. The grid fills in as students submit their assignments.</p>
      ) : (
        <>
          <p className="muted">Each cell is the share of answers right in that skill over the class’s {GRID_ASSIGNMENTS} newest assignments (right of answered in brackets; – means not asked). Shading repeats the number: red under 50%, yellow under 75%, green from 75%.</p>
          <div className="actions"><a className="button secondary" href={`/teacher/classes/${id}/skills/export`} download>Download the grid (CSV)</a></div>
          <SkillsGrid grid={grid} />
          <h2 id="needs">Who needs what</h2>
          {needs.length === 0 ? (
            <p className="empty">Nobody has answered yet.</p>
          ) : (
            <ul className="card-list" aria-labelledby="needs">
              {needs.map((s) => {
                const t = s.cells[s.weakest!]!;
                return (
                  <li key={s.id} className="card" style={{ display: 'flex', flexWrap: 'wrap', gap: '.5rem 1rem', alignItems: 'center' }}>
                    <span><strong>{s.nickname}</strong>: {SKILL_NAMES[s.weakest!]} ({percent(t.share)}, {t.right} of {t.answered} right)</span>
                    {!grid.archived ? (
                      <Link className="button secondary" href={`/teacher/classes/${id}?practice=${s.weakest}#assign`} aria-label={`Assign practice: ${SKILL_NAMES[s.weakest!]} for ${s.nickname}`}>
                        Assign practice
                      </Link>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          <h2>Trend over assignments</h2>
          <SkillsTrend grid={grid} />
        </>
      )}
    </>
  );
}
