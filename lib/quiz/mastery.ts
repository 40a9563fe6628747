import { SKILLS, type Skill } from './types';

/*
 * The arithmetic of skill mastery, apart from the database: shares, the class average, the trend and "who needs
 * what". The counts come from SQL (lib/db/queries/skills*.ts); nothing here reads rows.
 */

/** Right of answered in one skill; `share` is null when the skill was never asked. */
export type Tally = { answered: number; right: number; share: number | null };

/** A tally from counts (a skill never asked has no share, not a share of 0). */
export function tally(right: number, answered: number): Tally {
  return { answered, right, share: answered > 0 ? right / answered : null };
}

/** Adds tallies up (the class average of a skill is every answer in it, not the mean of the students' shares). */
export function sumTallies(tallies: (Tally | null | undefined)[]): Tally {
  let right = 0;
  let answered = 0;
  for (const t of tallies) {
    if (!t) continue;
    right += t.right;
    answered += t.answered;
  }
  return tally(right, answered);
}

/** How a share reads in a grid cell: a band for the shade (the number is always printed too). */
export function band(share: number | null): 'none' | 'low' | 'mid' | 'high' {
  if (share === null) return 'none';
  return share < 0.5 ? 'low' : share < 0.75 ? 'mid' : 'high';
}

/** A share as whole percent, or a dash for a skill never asked. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/**
 * The skill a student most needs: the lowest share among skills they answered (ties: the one with more answers
 * wrong, then the order of SKILLS). Null when they answered nothing, or got every answer right. Skills never asked
 * are not "weak".
 */
export function weakestSkill(cells: Partial<Record<Skill, Tally>>): Skill | null {
  let best: { skill: Skill; share: number; wrong: number } | null = null;
  for (const skill of SKILLS) {
    const t = cells[skill];
    if (!t || t.share === null) continue;
    const wrong = t.answered - t.right;
    if (!best || t.share < best.share || (t.share === best.share && wrong > best.wrong)) best = { skill, share: t.share, wrong };
  }
  // A student right on every answer of every skill needs no practice.
  return best && best.share < 1 ? best.skill : null;
}

/**
 * The trend of a skill: the newest share against the ones before it, in whole percentage points; null when there
 * is no newest or nothing before it to compare with.
 */
export function trend(latest: Tally, earlier: Tally): number | null {
  if (latest.share === null || earlier.share === null) return null;
  return Math.round((latest.share - earlier.share) * 100);
}

/** A trend in words that do not rely on colour or arrows alone. */
export function trendWords(points: number | null): string {
  if (points === null) return 'not enough yet';
  if (points === 0) return 'steady';
  return points > 0 ? `up ${points} points` : `down ${-points} points`;
}
