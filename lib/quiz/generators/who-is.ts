import type { Person } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm, textOf, type Draft } from '../util';
import { byProminence, mentions, related } from '../people';
import { genderOf, stemGender } from '../gender';
import { roleNoun } from '../../analysis/name-words';

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

/** Role nouns that name the same job, so one can never be the wrong answer where the other is right. */
const SAME_JOB = [
  ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'press secretary'],
  ['chairman', 'chairwoman', 'chair', 'chairperson'],
  ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister'],
  ['actor', 'actress', 'star'],
  ['head', 'chief', 'leader', 'director'],
  ['doctor', 'physician'],
  ['author', 'writer', 'novelist'],
  ['councillor', 'councilman', 'councilwoman', 'council member'],
  ['lawmaker', 'legislator', 'representative', 'senator'],
];
/** A lone family word says how two people are related, not who either of them is. */
const FAMILY = /^(wife|husband|son|daughter|mother|father|brother|sister|widow|widower|friend|neighbou?r|partner|cousin|uncle|aunt|parents?)$/i;

/** One-word roles that say too little on their own ("Head" of what? "Member" of what?): never an answer or option. */
const VAGUE = /^(head|chief|leader|member|official|representative|partner|owner|manager|director|executive|officer|staff|worker|employee)$/i;

/** A one-word role in the plural ("photographers"). */
const plural = (role: string) => {
  const w = role.trim().toLowerCase();
  return !/\s/.test(w) && roleNoun(w) !== null && roleNoun(w) !== w;
};

/** The job classes a role belongs to, by its words ("the county's chief spokeswoman" -> the spokesperson class). */
const jobCache = new Map<string, Set<number>>();
function jobs(role: string): Set<number> {
  let found = jobCache.get(role);
  if (!found) {
    const words = ` ${norm(role)} `;
    found = new Set(SAME_JOB.flatMap((list, i) => (list.some((w) => words.includes(` ${w} `) || words.includes(` ${w}s `)) ? [i] : [])));
    if (jobCache.size > 5000) jobCache.clear();
    jobCache.set(role, found);
  }
  return found;
}

/** True when the two roles could both be true of one person: one holds the other, or they name the same job. */
function overlaps(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (x.includes(y) || y.includes(x)) return true;
  const jx = jobs(x);
  return [...jobs(y)].some((j) => jx.has(j));
}

/**
 * True when a role opens on a possessive whose owner is cut short: a common noun ("the association's branch
 * secretary": which association?) or the last word of a longer name in the sentence ("The Kestrel Bay Herald's
 * community reporter" kept as "Herald's community reporter").
 */
export function cutOwner(role: string, sentence: string): boolean {
  const owner = /^(\S+)['’]s?\s/.exec(role.trim())?.[1];
  if (!owner) return false;
  if (/^\p{Ll}/u.test(owner)) return true;
  const at = sentence.indexOf(role.trim());
  return at > 0 && /\p{Lu}[\p{L}.-]*\s+$/u.test(sentence.slice(0, at));
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
  // "Kestrel Bay Herald's community reporter" read as "Herald's community reporter", or "the association's branch
  // secretary" (which association?): a role that opens on a possessive is whole only when the owner is a name
  // written in full in the sentence.
  const whole = (p: Person, r: string) => !cutOwner(r, textOf(analysis.sentences, p.roleSentence ?? p.mentions[0] ?? -1));
  const withRole = byProminence(analysis.people, analysis.sentences)
    // A plural role ("photographers Nat Finkelstein and Billy Name") names a group the person belongs to, and reads
    // wrongly as one person's job.
    .map((p) => ({ ...p, roles: p.roles.filter((r) => clean(r) && title(r) && whole(p, r) && !FAMILY.test(r.trim()) && !plural(r) && !VAGUE.test(r.trim())) }))
    .filter((p) => p.roles.length > 0 && !/^(a|an) /i.test(p.name));
  const out: Question[] = [];
  // "Councillor Piet Lambrecht, the spokesman for the harbour residents": the description says more than the title.
  const describe = (p: Person) => p.roles.find((r) => r.trim().split(/\s+/).length >= 2) ?? p.roles[0];
  const where = (p: Person) => p.roleSentence ?? p.mentions[0] ?? null;
  // People who speak: quoted ones, and in an interview those whose name opens a turn ("Michael Dranove:"), who are as
  // plausible a wrong answer to "which person is described as …" as anyone quoted.
  const labels = new Set((ctx.article.speakers ?? []).filter((x): x is string => x !== null).map(norm));
  const speaking = new Set([
    ...analysis.quotes.map((q) => q.speakerId).filter(Boolean),
    ...analysis.people.filter((p) => [p.name, ...p.aliases].some((n) => labels.has(norm(n)))).map((p) => p.id),
  ]);
  for (const person of withRole.filter((p) => p.kind === 'person')) {
    const at = where(person);
    if (at === null || !textOf(analysis.sentences, at)) continue;
    const sentence = textOf(analysis.sentences, at);
    const own = new Set(person.roles.map(norm));
    // Another person's role is wrong for this person only if it is not also one of theirs.
    // Groups' roles ("photographers") are plural and would stand out among one person's jobs.
    const others = withRole
      .filter((p) => p !== person && p.kind === 'person' && !related(p, person))
      .map(describe)
      .filter((r) => !own.has(norm(r)) && !person.roles.some((o) => overlaps(o, r)));
    const role = describe(person);
    const roles = role;
    // Options of one shape: distractors closest in length to the answer first, so the longest option is no clue.
    const size = (r: string) => r.split(/\s+/).length;
    others.sort((a, b) => Math.abs(size(a) - size(role)) - Math.abs(size(b) - size(role)));
    // A name that carries its own title ("Judge Sommer", "Dr Lee") would give the role away in the prompt.
    if (giveaway(person.name, roles)) continue;
    const how =
      `Look for where the article introduces ${person.name}, in ${label(at)}: “${excerpt(sentence, 36, Math.max(0, sentence.indexOf(person.name)))}” ` +
      `A role is often written just before the name (a job or title) or between commas right after it.`;
    // Two people given the same kind of job ("President" for a head of state and for a club's head) make
    // "who is X? President" true of both: ask only about a role this person alone holds.
    const shared = withRole.some((p) => p !== person && p.kind === 'person' && p.roles.some((r) => overlaps(r, role)));
    // "Professor" among "Epidemiologist at Nordhavn University …": a bare title among full job descriptions is the
    // odd one out by its shape alone, so it is not asked that way round.
    // A bare title as the answer ("Coach", "Mayor", "Professor") says too little to be the one right option: a
    // title is often true of more than one person, or true of this one beside another role ("Nominee" and
    // "Attorney"). Only descriptions of two words or more are asked, among options of that kind.
    const described = others.filter((r) => size(r) >= 2 && Math.abs(size(r) - size(role)) <= 3);
    const forward = shared || size(role) < 2 ? null : finish({
      skill: 'who-is',
      prompt: `According to the article, who is ${person.name}?`,
      answer: asOption(roles),
      distractors: described.map(asOption),
      evidence: [at],
      explanation: `${how} Here it says ${person.name} is: ${roles}.`,
      difficulty: 1,
    } satisfies Draft);
    // The reverse question only when the role names exactly one person, so the answer is unique.
    const holders = withRole.filter((p) => p.roles.some((r) => norm(r) === norm(role)));
    // A one-word role ("president") is too thin to pick one person out of an article by: ask only about a fuller
    // description ("spokesman for the coast guard").
    // The role's words written in a sentence that does not name this person ("Ellen Ruiz has been chief executive
    // since 2020") may be someone else's role the analysis did not read: then the role does not pick one person out.
    const elsewhere = analysis.sentences.some((st) => norm(st.text).includes(norm(role)) && !mentions(st.text, person));
    if (holders.length !== 1 || elsewhere || mentions(role, person) || role.trim().split(/\s+/).length < 2) {
      if (forward) out.push(forward);
      continue;
    }
    const gendered = stemGender(role);
    const names = byProminence(analysis.people, analysis.sentences)
      // A distractor whose name holds the role's words ("Judge Lee" for "judge") would look right too.
      .filter((p) => p !== person && !related(p, person) && !/^(a|an) /i.test(p.name) && !giveaway(p.name, role))
      // Nor anyone the article gives the same kind of job ("a spokeswoman for the port" beside "spokesman").
      .filter((p) => !p.roles.some((r) => overlaps(r, role)))
      // "Which person …?" offers people: named in full and introduced with a role or quoted, never a company or a
      // building whose capitalised name looks like one.
      .filter((p) => p.kind === 'person' && /\s/.test(p.name) && (p.roles.length > 0 || speaking.has(p.id)))
      // "spokesman for …" among one man and two women names the man: with a gendered role, nobody the article
      // shows (by a title, a role or "he"/"she") to be of the other gender is offered; too few left, and the
      // question is not asked this way round.
      .filter((p) => { const g = gendered ? genderOf(p, analysis) : null; return g === null || g === gendered; })
      .map((p) => p.name);
    const rq = finish({
      skill: 'who-is',
      prompt: `Which person does the article describe as “${role}”?`,
      answer: person.name,
      distractors: names,
      evidence: [at],
      explanation: `${how} The words “${role}” are attached to ${person.name}, not to anyone else.`,
      difficulty: 2,
    } satisfies Draft);
    // One question per person: asked both ways, each question would print the other's answer.
    const one = rq ?? forward;
    if (one) out.push(one);
  }
  return out;
}
