import type { Person } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm, textOf, type Draft } from '../util';
import { byProminence, mentions, related } from '../people';

/** A role as an option: first letter up, so "cinematographer" reads as "Cinematographer". */
const asOption = (r: string) => r.charAt(0).toUpperCase() + r.slice(1);

const VERB_START =
  /^(is|was|has|had|ran|runs|run|leads|led|heads|represents|owns|works|manages|chairs|directs|oversees|oversaw|serves|teaches|taught|helped|helps|\p{Ll}+ed)\b/u;
const ROLE_STOP = new Set(['the', 'of', 'and', 'for', 'one', 'who', 'with', 'from']);

/** True when a word of the role (3+ letters, stems compared) appears in the name. */
export function giveaway(name: string, role: string): boolean {
  const nameWords = norm(name).split(/[\s'-]+/).map((w) => w.slice(0, 5));
  return norm(role)
    .split(/[\s'-]+/)
    .filter((w) => w.length >= 3 && !ROLE_STOP.has(w))
    .some((w) => nameWords.includes(w.slice(0, 5)));
}

/**
 * Who is this person: name -> role (distractors: other people's roles), and role -> name for roles that
 * only one person holds (distractors: other people). Roles are taken as the article states them.
 */
export function whoIsQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  // A role cut off mid-phrase ("psychologist at X who was not involved in") would read as nonsense.
  const clean = (r: string) => r.split(/\s+/).length <= 8 && !/\b(in|of|the|a|an|who|that|which|and|at|for|to|with|by)$/i.test(r.trim());
  // "represents the downtown ward", "ran the fund": what someone does, not a title, and it reads badly as an option.
  const title = (r: string) => !VERB_START.test(r.trim());
  const withRole = byProminence(analysis.people)
    .map((p) => ({ ...p, roles: p.roles.filter((r) => clean(r) && title(r)) }))
    .filter((p) => p.roles.length > 0 && !/^(a|an) /i.test(p.name));
  const out: Question[] = [];
  const where = (p: Person) => p.roleSentence ?? p.mentions[0] ?? null;
  for (const person of withRole.filter((p) => p.kind === 'person')) {
    const at = where(person);
    if (at === null || !textOf(analysis.sentences, at)) continue;
    const sentence = textOf(analysis.sentences, at);
    const own = new Set(person.roles.map(norm));
    // Another person's role is wrong for this person only if it is not also one of theirs.
    const others = withRole
      .filter((p) => p !== person && !related(p, person))
      .map((p) => p.roles[0])
      .filter((r) => !own.has(norm(r)) && ![...own].some((o) => o.includes(norm(r)) || norm(r).includes(o)));
    const role = person.roles[0];
    // "Star and producer" says more than "Star"; two roles at most keep the option short.
    const roles = person.roles.slice(0, 2).join(' and ');
    // A name that carries its own title ("Judge Sommer", "Dr Lee") would give the role away in the prompt.
    if (giveaway(person.name, roles)) continue;
    const how =
      `Look for where the article introduces ${person.name}, in ${label(at)}: “${excerpt(sentence, 36, Math.max(0, sentence.indexOf(person.name)))}” ` +
      `A role is often written just before the name (a job or title) or between commas right after it.`;
    const q = finish({
      skill: 'who-is',
      prompt: `According to the article, who is ${person.name}?`,
      answer: asOption(roles),
      distractors: others.map(asOption),
      evidence: [at],
      explanation: `${how} Here it says ${person.name} is: ${roles}.`,
      difficulty: 1,
    } satisfies Draft);
    if (q) out.push(q);
    // The reverse question only when the role names exactly one person, so the answer is unique.
    const holders = withRole.filter((p) => p.roles.some((r) => norm(r) === norm(role)));
    if (holders.length !== 1 || mentions(role, person)) continue;
    const names = byProminence(analysis.people)
      // A distractor whose name holds the role's words ("Judge Lee" for "judge") would look right too.
      .filter((p) => p !== person && !related(p, person) && !/^(a|an) /i.test(p.name) && !giveaway(p.name, role))
      .map((p) => p.name);
    const rq = finish({
      skill: 'who-is',
      prompt: `Which person does the article describe with the words “${role}”?`,
      answer: person.name,
      distractors: names,
      evidence: [at],
      explanation: `${how} The words “${role}” are attached to ${person.name}, not to anyone else.`,
      difficulty: 2,
    } satisfies Draft);
    if (rq) out.push(rq);
  }
  return out;
}
