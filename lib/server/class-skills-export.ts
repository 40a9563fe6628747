import { csvFilename, type CsvCell } from '../csv';
import { weakestSkill } from '../quiz/mastery';
import { getClassSkills } from './class-skills';
import type { Actor } from './outcome';

/**
 * The skills grid as spreadsheet rows: one per student and skill asked (right, answered, share in percent, and
 * whether it is the student's weakest), then one per skill for the class average. Null unless the class is the
 * teacher's.
 */
export async function getClassSkillsExport(user: Actor, { classId }: { classId: string }): Promise<{ filename: string; header: string[]; rows: CsvCell[][] } | null> {
  const grid = await getClassSkills(user, { classId });
  if (!grid) return null;
  const rows: CsvCell[][] = [];
  const pct = (share: number | null) => (share === null ? '' : Math.round(share * 100));
  for (const st of grid.students) {
    const weakest = weakestSkill(st.cells);
    for (const skill of grid.skills) {
      const t = st.cells[skill];
      rows.push(['student', st.nickname, skill, t?.right ?? 0, t?.answered ?? 0, pct(t?.share ?? null), weakest === skill ? 'yes' : '']);
    }
  }
  for (const skill of grid.skills) {
    const t = grid.average[skill]!;
    rows.push(['class average', '', skill, t.right, t.answered, pct(t.share), '']);
  }
  return {
    filename: csvFilename(grid.className, 'skills'),
    header: ['row type', 'student', 'skill', 'right', 'answered', 'share right (%)', 'weakest skill'],
    rows,
  };
}
