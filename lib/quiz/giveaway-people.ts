import type { Question } from './types';

/**
 * Who-said, who-is and who-fills-the-blank questions given away by another question of the same quiz: a stem that
 * prints the speaker's name beside the words a who-said question asks about, or a name (or the blank standing for
 * it) with the role a who-is question asks for ("Rosa Lind, a ferry pilot, said …").
 */

/** Lower case, straight quotes, letters, digits and commas only, one space between words. */
function flat(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[^\p{L}\p{N}',_ -]+/gu, ' ')
    .replace(/,/g, ' , ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** The forms a reader recognises a name by: in full, and the surname alone (a blank "___" is its own form). */
function nameForms(name: string): string[] {
  const full = flat(name).trim();
  const last = full.split(' ').pop() ?? '';
  return [...new Set([full, last])].filter((f) => f.length > 2 && !/^(the|a|an)$/.test(f));
}

const prints = (text: string, phrase: string) => text.includes(` ${phrase} `);

/** The words a who-said question asks about: its quotation, or the words beside the blank (six at most, four at least). */
function quotedRun(q: Question): string | null {
  if (q.skill !== 'who-said') return null;
  const quoted = /“(.+)”/.exec(q.prompt)?.[1];
  if (!quoted) return null;
  const runs = quoted
    .split(/___|…/)
    .map((part) => flat(part).replace(/ , /g, ' ').trim())
    .filter((part) => part.split(' ').length >= 4);
  const longest = runs.sort((a, b) => b.length - a.length)[0];
  return longest ? longest.split(' ').slice(0, 6).join(' ') : null;
}

/** The role and the name a who-is question pairs, read from its prompt and its key. */
export function rolePair(q: Question): { role: string; name: string } | null {
  if (q.skill !== 'who-is') return null;
  const key = q.options[q.answer];
  const who = /^According to the article, who is (.+)\?$/.exec(q.prompt)?.[1];
  if (who) return { role: key, name: who };
  const role = /^Which person does the article describe as “(.+)”\?$/.exec(q.prompt)?.[1];
  return role ? { role, name: key } : null;
}

/** Does a stem print the name with its role beside it: "Name, a role …" or "… role Name" ("coach Ola Brandt")? */
function printsRole(stem: string, role: string, name: string): boolean {
  const words = flat(role).replace(/ , /g, ' ').trim().split(' ').filter((w) => !/^(a|an|the)$/.test(w));
  if (words.length === 0) return false;
  const first = words[0];
  const last = words[words.length - 1];
  return nameForms(name).some(
    (n) => prints(stem, `${n} , ${first}`) || prints(stem, `${n} , a ${first}`) || prints(stem, `${n} , an ${first}`) ||
      prints(stem, `${n} , the ${first}`) || prints(stem, `${last} ${n}`),
  );
}

/**
 * Leaves out the who-said or who-is question that another stem answers, and a who-is question whose role a who-said
 * blank prints beside the blank for the same person (the who-said question stays: it asks for more reading).
 */
export function dropPersonGiveaways(questions: Question[]): Question[] {
  const stems = new Map(questions.map((q) => [q, flat(q.prompt)]));
  const dropped = new Set<Question>();
  for (const q of questions) {
    const run = quotedRun(q);
    const pair = rolePair(q);
    if (!run && !pair) continue;
    const name = run ? q.options[q.answer] : pair!.name;
    const given = questions.some((o) => {
      if (o === q || dropped.has(o)) return false;
      const stem = stems.get(o)!;
      if (run) return prints(stem.replace(/ , /g, ' '), run) && nameForms(name).some((n) => prints(stem, n));
      if (printsRole(stem, pair!.role, pair!.name)) return true;
      // "According to ___, a spokesperson for …": a who-said blank with the role beside it asks who has that role.
      return o.skill === 'who-said' && o.options[o.answer] === name && printsRole(stem, pair!.role, '___');
    });
    if (given) dropped.add(q);
  }
  return questions.filter((q) => !dropped.has(q));
}
