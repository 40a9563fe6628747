import { isNamed } from '../../lib/analysis/people';
import type { Count, EvalDoc } from './types';
import { bare } from './text';

/** Does one name run inside the other, word for word ("Sommer" in "Judge Mary Marlowe Sommer")? */
function within(a: string, b: string): boolean {
  const wa = ` ${a.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const wb = ` ${b.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return wa.trim().length > 0 && wb.trim().length > 0 && (wa.includes(wb) || wb.includes(wa));
}

/**
 * Named people we found that gold calls an organisation or a place and never a person ("Indonesian Navy",
 * "South East Asia"): each one can become a who-said or who-is option that is not a person at all.
 * GUM leaves out people whose mention is headed by a role noun ("author Truman Capote"), so a name gold does not
 * list at all is not counted either way.
 */
export function scorePeople(doc: EvalDoc): { notPeople: Count; wrong: string[] } {
  const gold = doc.gold.named_entities;
  const wrong: string[] = [];
  const named = doc.analysis.people.filter(isNamed);
  let judged = 0;
  for (const p of named) {
    const forms = [p.name, ...p.aliases];
    const person = gold.person.some((g) => forms.some((f) => within(f, g)));
    const other = [...gold.organization, ...gold.place].some((g) => forms.some((f) => bare(f) === bare(g) || within(g, f)));
    if (person || other) judged++;
    if (other && !person) wrong.push(p.name);
  }
  return { notPeople: { hit: wrong.length, total: judged }, wrong };
}
