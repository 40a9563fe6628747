import { getClass } from '../db/queries/classes';
import { listRoster } from '../db/queries/results';
import { listClassAssignmentOrder, listClassSkillTallies, type GridTallyRow } from '../db/queries/skills-grid';
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
 * average, the trend over assignments and each student's weakest skill. Four statements whatever the class size
 * (the class, its roster, its assignments, and every answer counted per assignment, student and skill).
 * Null unless the class is the teacher's.
 */
export async function getClassSkills(user: Actor, { classId }: { classId: string }): Promise<ClassSkills | null> {
  const cls = await getClass({ id: classId, teacherId: user.id });
  if (!cls) return null;
  const [roster, order, tallies] = await Promise.all([
    listRoster({ classId }),
    listClassAssignmentOrder({ classId, teacherId: user.id }),
    listClassSkillTallies({ classId, teacherId: user.id }),
  ]);
  const onRoster = new Set(roster.map((s) => s.id));
  const rows = tallies.filter((r) => onRoster.has(r.studentId));
  const recent = new Set(order.slice(-GRID_ASSIGNMENTS).map((a) => a.id));

  const cellsOf = new Map<string, Partial<Record<Skill, Tally>>>();
  const bySkillOf = new Map<string, Partial<Record<Skill, Tally>>>();
  const add = (map: Map<string, Partial<Record<Skill, Tally>>>, key: string, r: GridTallyRow) => {
    const m = map.get(key) ?? {};
    m[r.skill] = sumTallies([m[r.skill], tally(r.right, r.answered)]);
    map.set(key, m);
  };
  for (const r of rows) {
    if (recent.has(r.assignmentId)) add(cellsOf, r.studentId, r);
    add(bySkillOf, r.assignmentId, r);
  }
  const students = roster
    .map((s) => {
      const cells = cellsOf.get(s.id) ?? {};
      return { id: s.id, nickname: s.nickname, cells, weakest: weakestSkill(cells) };
    })
    .sort((a, b) => a.nickname.localeCompare(b.nickname));
  const assignments: GridAssignment[] = order.flatMap((a) => {
    const bySkill = bySkillOf.get(a.id);
    return bySkill ? [{ ...a, bySkill, overall: sumTallies(Object.values(bySkill)) }] : [];
  });

  const used = new Set<Skill>(rows.map((r) => r.skill));
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
