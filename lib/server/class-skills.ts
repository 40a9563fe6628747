import { getClass } from '../db/queries/classes';
import { listRoster } from '../db/queries/results';
import { listClassSkillCells, listClassSkillTrend } from '../db/queries/skills-grid';
import { sumTallies, tally, trend, weakestSkill, type Tally } from '../quiz/mastery';
import { SKILLS, type Skill } from '../quiz/types';
import type { Actor } from './outcome';

/** How many of a class's newest assignments its grid counts ("recent"). */
export const GRID_ASSIGNMENTS = 5;

export type GridStudent = { id: string; nickname: string; cells: Partial<Record<Skill, Tally>>; weakest: Skill | null };
export type GridAssignment = { id: string; articleTitle: string; opensAt: string; overall: Tally; bySkill: Partial<Record<Skill, Tally>> };

export type ClassSkills = {
  classId: string;
  className: string;
  archived: boolean;
  /** The skills that have answers in the grid or the trend, in the order of SKILLS. */
  skills: Skill[];
  students: GridStudent[];
  average: Partial<Record<Skill, Tally>>;
  /** Every assignment with answers, oldest first. */
  assignments: GridAssignment[];
  /** Per skill, the newest assignment that asked it against the one before (percentage points). */
  trend: Partial<Record<Skill, number | null>>;
};

/**
 * A teacher's skills grid for one class: students × skills over the GRID_ASSIGNMENTS newest assignments, the class
 * average, the trend over assignments and each student's weakest skill. Three statements whatever the class size.
 * Null unless the class is the teacher's.
 */
export async function getClassSkills(user: Actor, { classId }: { classId: string }): Promise<ClassSkills | null> {
  const cls = await getClass({ id: classId, teacherId: user.id });
  if (!cls) return null;
  const [roster, cells, trendRows] = await Promise.all([
    listRoster({ classId }),
    listClassSkillCells({ classId, teacherId: user.id, recent: GRID_ASSIGNMENTS }),
    listClassSkillTrend({ classId, teacherId: user.id }),
  ]);
  const byStudent = new Map<string, Partial<Record<Skill, Tally>>>();
  for (const c of cells) {
    const mine = byStudent.get(c.studentId) ?? {};
    mine[c.skill] = tally(c.right, c.answered);
    byStudent.set(c.studentId, mine);
  }
  const students = roster
    .map((s) => {
      const mine = byStudent.get(s.id) ?? {};
      return { id: s.id, nickname: s.nickname, cells: mine, weakest: weakestSkill(mine) };
    })
    .sort((a, b) => a.nickname.localeCompare(b.nickname));

  const assignments: GridAssignment[] = [];
  for (const r of trendRows) {
    let a = assignments.at(-1);
    if (a?.id !== r.assignmentId) {
      a = { id: r.assignmentId, articleTitle: r.articleTitle, opensAt: r.opensAt, overall: tally(0, 0), bySkill: {} };
      assignments.push(a);
    }
    a.bySkill[r.skill] = tally(r.right, r.answered);
    a.overall = sumTallies([a.overall, a.bySkill[r.skill]]);
  }

  const used = new Set<Skill>([...cells.map((c) => c.skill), ...trendRows.map((r) => r.skill)]);
  const skills = SKILLS.filter((s) => used.has(s));
  const average: Partial<Record<Skill, Tally>> = {};
  const skillTrend: Partial<Record<Skill, number | null>> = {};
  for (const s of skills) {
    average[s] = sumTallies(students.map((st) => st.cells[s]));
    const asked = assignments.filter((a) => a.bySkill[s]);
    skillTrend[s] = asked.length >= 2 ? trend(asked.at(-1)!.bySkill[s]!, asked.at(-2)!.bySkill[s]!) : null;
  }
  return { classId, className: cls.name, archived: !!cls.archivedAt, skills, students, average, assignments, trend: skillTrend };
}
