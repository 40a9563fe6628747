import { maxPointsOf } from '@/lib/quiz/grade';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import type { Skill } from '@/lib/quiz/types';
import type { AttemptView } from '@/lib/server/attempt-view';
import styles from './result.module.css';

/**
 * Points per skill over the questions whose verdict the viewer may see (held-back ones are left out: a tally per
 * skill would give their verdicts away), as bars with the figures in words beside them.
 */
export function SkillSummary({ view }: { view: AttemptView }) {
  const bySkill = new Map<Skill, { points: number; max: number }>();
  for (const { question: q } of view.dealt) {
    if ((view.reveal[q.id] ?? 'held-back') === 'held-back') continue;
    const given = view.answers[q.id];
    const max = q.key ? maxPointsOf(q.key) : 1;
    const right = given ? given.correct : view.chosen[q.id] === q.answer;
    const tally = bySkill.get(q.skill) ?? { points: 0, max: 0 };
    tally.points += given?.points ?? (right ? max : 0);
    tally.max += max;
    bySkill.set(q.skill, tally);
  }
  if (!bySkill.size) return null;
  return (
    <section aria-labelledby="by-skill" className={styles.skills}>
      <h2 id="by-skill">By skill</h2>
      <ul className={styles.skillList}>
        {[...bySkill].map(([skill, { points, max }]) => (
          <li key={skill} className={styles.skill}>
            <span className={styles.skillName}>{SKILL_NAMES[skill]}</span>
            <span className={styles.bar} aria-hidden="true"><span className={styles.fill} style={{ width: `${Math.round((100 * points) / max)}%` }} /></span>
            <span className={styles.figure}>{points} of {max}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
