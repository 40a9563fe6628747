import type { Player } from '../db/queries/attempts';
import { listPlayerMisses, listPlayerSkills, type MissedRow, type PlayerSkillRow, type SkillOwner } from '../db/queries/skills';
import { levelsOf, sumLevels, type CalibrationLevel } from '../quiz/confidence';
import { tally, trend, weakestSkill, type Tally } from '../quiz/mastery';
import type { Skill } from '../quiz/types';

/** How many of a player's newest attempts their skills page counts ("the last articles"). */
export const RECENT_ATTEMPTS = 10;
const MISSES_SHOWN = 20;

export type PlayerSkill = {
  skill: Skill;
  overall: Tally;
  /** The newest attempt that asked this skill against the ones before it, in percentage points (null: too few). */
  trend: number | null;
  calibration: CalibrationLevel[];
};

export type PlayerSkills = {
  /** Whose answers these are: a class member's, an account's or this browser's as a guest. */
  as: 'class' | 'account' | 'guest';
  skills: PlayerSkill[];
  weakest: Skill | null;
  /** Calibration over every skill together. */
  calibration: CalibrationLevel[];
  misses: MissedRow[];
};

/** The one identity a skills page reads: the class membership first, else the account, else the guest browser. */
function ownerOf(player: Player): { owner: SkillOwner; as: PlayerSkills['as'] } | null {
  if (player.studentId) return { owner: { studentId: player.studentId }, as: 'class' };
  if (player.userId) return { owner: { userId: player.userId }, as: 'account' };
  if (player.guestId) return { owner: { guestId: player.guestId }, as: 'guest' };
  return null;
}

function skillOf(r: PlayerSkillRow): PlayerSkill {
  return {
    skill: r.skill,
    overall: tally(r.right, r.answered),
    trend: trend(tally(r.latestRight, r.latestAnswered), tally(r.right - r.latestRight, r.answered - r.latestAnswered)),
    calibration: levelsOf({
      sure: { right: r.sureRight, answered: r.sureAnswered },
      fairly: { right: r.fairlyRight, answered: r.fairlyAnswered },
      guess: { right: r.guessRight, answered: r.guessAnswered },
    }),
  };
}

/**
 * A player's skills page: per skill, right of answered over their last RECENT_ATTEMPTS attempts, the trend and
 * calibration, and the questions they missed (each links to its attempt's result, which shows the evidence when the
 * answers may be shown). Answers not yet revealed to them are not counted. Null for a browser with no identity.
 */
export async function getPlayerSkills({ player }: { player: Player }): Promise<PlayerSkills | null> {
  const who = ownerOf(player);
  if (!who) return null;
  const viewerUserId = player.userId ?? null;
  const [rows, misses] = await Promise.all([
    listPlayerSkills({ owner: who.owner, recent: RECENT_ATTEMPTS, viewerUserId }),
    listPlayerMisses({ owner: who.owner, recent: RECENT_ATTEMPTS, limit: MISSES_SHOWN, viewerUserId }),
  ]);
  const skills = rows.map(skillOf);
  return {
    as: who.as,
    skills,
    weakest: weakestSkill(Object.fromEntries(skills.map((s) => [s.skill, s.overall]))),
    calibration: sumLevels(skills.map((s) => s.calibration)),
    misses,
  };
}
