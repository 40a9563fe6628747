/**
 * People and speaking groups of an article, with their roles and the other ways the article names them.
 *
 * Evidence rule: a capitalised word is a name only with two or more name words ("Kari Morrissey"), a title
 * ("Judge Sommer") or a role cue ("prosecutor Morrissey"), or when it is the surname of a full name the article
 * gives ("Baldwin" after "Alec Baldwin"). Film titles, platforms and places mentioned alone stay out.
 * Groups ("Baldwin’s lawyers", "prosecutors", "the state") are kind 'group'. An unnamed single speaker ("a man who
 * claimed") is kind 'person' with the phrase, lower-case, as its name; `isNamed` tells these apart.
 */
import type { Person, Sentence } from './types';
import { nameHits, type NameHit } from './name-hits';
import { findGroupHits } from './people-groups';
import { NAME_PARTICLES, ORG_WORDS } from './name-words';
import { foldCase } from '../text/normalise';
import { referredToAsThing, writtenAsOrganisation } from './organisations';

/** True for a person the article names ("Kari Morrissey"), false for groups and phrases like "a man". */
export function isNamed(p: Person): boolean {
  return p.kind === 'person' && /^\p{Lu}/u.test(p.name);
}

interface Entry {
  person: Person;
  first: number;
  order: number;
}


/**
 * Find the people and speaking groups of an article, in order of first mention. `speakers` are names an interview
 * gives in its turn labels ("Shimon Peres"): they are people even when the text itself never names them in full,
 * so a later "Peres" resolves to them.
 */
export function findPeople(sentences: Sentence[], speakers: string[] = []): Person[] {
  const hits = sentences.flatMap(nameHits);
  const entries: Entry[] = [];
  const byName = new Map<string, Entry>();
  // People by the last word of their name: a surname is looked up, not searched for among everyone.
  const byLast = new Map<string, Entry[]>();
  const create = (name: string, kind: Person['kind'], sentence: number): Entry => {
    const e: Entry = {
      person: { id: '', name, kind, roles: [], aliases: [], mentions: [], roleSentence: null },
      first: sentence,
      order: entries.length,
    };
    entries.push(e);
    byName.set(foldCase(name), e);
    const last = foldCase(name.split(/\s+/).pop() ?? '');
    const same = byLast.get(last);
    if (same) same.push(e);
    else byLast.set(last, [e]);
    return e;
  };

  const labelled = new Set<Entry>();
  // "De Vries" opening a sentence is the surname of "Annelies de Vries", not another person.
  const surnameOfFull = (name: string) =>
    NAME_PARTICLES.has(name.split(/\s+/)[0].toLowerCase()) && hits.some((h) => h.words.length > name.split(/\s+/).length && foldCase(h.words.join(' ')).endsWith(` ${foldCase(name)}`));
  for (const name of speakers) {
    if (name.split(/\s+/).length >= 2 && !/^the\s/i.test(name) && !byName.has(foldCase(name)) && !surnameOfFull(name)) labelled.add(create(name, 'person', sentences.length));
  }
  // Full names first, so a surname that appears before its full name still resolves.
  // A capitalised run inside quotation marks is a person only when the article names them outside quotes too.
  const fullNames = hits.filter((h) => h.words.length >= 2 && !h.quoted);
  const lastWords = new Map<string, number>();
  for (const o of fullNames) lastWords.set(o.words[o.words.length - 1], (lastWords.get(o.words[o.words.length - 1]) ?? 0) + 1);
  const bodies = new Set<string>();
  for (const h of fullNames) {
    // "Warhol Polaroid" after "Andy Warhol": a thing named after a person, not another person (another full name
    // ending with this one's first word; this one itself does not count).
    const self = h.words[h.words.length - 1] === h.words[0] ? 1 : 0;
    const owner = (lastWords.get(h.words[0]) ?? 0) - self > 0;
    const name = h.words.join(' ');
    if (owner || byName.has(foldCase(name)) || bodies.has(name) || surnameOfFull(name)) continue;
    if (startsBody(name, sentences)) {
      bodies.add(name);
      continue;
    }
    create(name, 'person', h.sentence);
  }
  for (const h of hits) {
    const e = resolve(h, byLast, byName) ?? (cued(h) ? create(h.words[0], 'person', h.sentence) : null);
    if (!e) continue;
    const p = e.person;
    e.first = Math.min(e.first, h.sentence);
    p.mentions.push(h.sentence);
    const spoken = h.words.join(' ');
    if (spoken !== p.name) addUnique(p.aliases, spoken);
    if (h.title && h.words.length === 1) addUnique(p.aliases, `${h.title} ${spoken}`);
    for (const r of h.roles) {
      mergeRole(p.roles, r);
      p.roleSentence ??= h.sentence;
    }
  }

  for (const g of findGroupHits(sentences)) {
    const e = byName.get(foldCase(g.name)) ?? create(g.name, g.kind, g.sentence);
    e.first = Math.min(e.first, g.sentence);
    e.person.mentions.push(g.sentence);
  }

  // A name the article writes as a company's or a charity's speaks as a body, not as a person (see organisations.ts).
  for (const e of entries) {
    const p = e.person;
    if (p.kind === 'person' && !labelled.has(e) && ((p.roles.length === 0 && writtenAsOrganisation(p.name, sentences)) || referredToAsThing(p.name, sentences))) p.kind = 'group';
  }

  return entries
    .filter((e) => e.person.mentions.length > 0 || labelled.has(e))
    .sort((a, b) => a.first - b.first || rank(a) - rank(b) || a.order - b.order)
    .map((e, i) => ({ ...e.person, id: `p${i + 1}`, mentions: [...new Set(e.person.mentions)].sort((x, y) => x - y) }));
}

/**
 * "Cedar Hill" beside "Cedar Hill Elementary", "Orla Vance" beside "Orla Vance Foundation": a name that the article
 * also writes as the start of an organisation's or a place's name is most likely that body or place said short.
 * Precision first: a person who gave a foundation their name is left out rather than a school taken for a person.
 */
function startsBody(name: string, sentences: Sentence[]): boolean {
  // A surname used on its own ("Warhol" beside "Andy Warhol Museum") is how an article refers to a person.
  const words = name.split(' ');
  const last = words[words.length - 1];
  for (const s of sentences) {
    for (let at = s.text.indexOf(last); at >= 0; at = s.text.indexOf(last, at + 1)) {
      const alone = !/[\p{L}-]$/u.test(s.text.slice(0, at)) && !s.text.slice(0, at).endsWith(`${words[words.length - 2]} `);
      if (alone && /^(?:[’']s)?(?![\p{L}-])(?!\s+\p{Lu})/u.test(s.text.slice(at + last.length))) return false;
    }
  }
  for (const s of sentences) {
    for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
      const after = s.text.slice(at + name.length);
      const next = /^\s+(\p{Lu}[\p{L}’']*)/u.exec(after)?.[1];
      if (next && ORG_WORDS.has(next.toLowerCase().replace(/[’']s$/, ''))) return true;
      // "the Hollins Green ward", "the Elm Park estate": a place named before the kind of place it is.
      const kind = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
      if (kind && PLACE_KINDS.has(kind)) return true;
    }
  }
  return false;
}

/** Lower-case words that say the name before them is a place ("the Hollins Green ward"), never a person. */
const PLACE_KINDS = new Set(
  'ward wards constituency district borough suburb neighbourhood neighborhood estate subdivision township parish precinct riding electorate area region county village town'.split(' '),
);

/** Named people before groups when both first appear in the same sentence. */
const rank = (e: Entry) => (isNamed(e.person) ? 0 : 1);

/** A single name word counts on its own only with a title or a role cue. */
const cued = (h: NameHit) => h.words.length === 1 && (h.title !== null || h.roles.length > 0);

/** Keep the fuller of two roles that say the same thing ("New Mexico judge" over "judge"). */
function mergeRole(roles: string[], role: string): void {
  const r = foldCase(role);
  if (roles.some((x) => foldCase(x) === r || foldCase(x).endsWith(` ${r}`))) return;
  const i = roles.findIndex((x) => r.endsWith(` ${foldCase(x)}`));
  if (i >= 0) roles[i] = role;
  else roles.push(role);
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** The known person a hit refers to: same full name, or a surname of a full name (the latest one mentioned). */
function resolve(h: NameHit, byLast: Map<string, Entry[]>, byName: Map<string, Entry>): Entry | null {
  const exact = byName.get(foldCase(h.words.join(' ')));
  if (exact) return exact;
  // "Sir Anthony", "Dame Judi": a knight or a dame is named by the first name after the title, never the surname
  // alone ("Sir Deverell" is not said); the one known person of that first name is them (ninth blind set).
  if (h.words.length === 1 && h.title && /^(?:sir|dame)$/i.test(h.title.trim())) {
    const first = foldCase(h.words[0]);
    const byFirst = [...byName.values()].filter((e) => e.person.kind === 'person' && e.person.name.split(/\s+/).length > 1 && foldCase(e.person.name.split(/\s+/)[0]) === first);
    if (byFirst.length === 1) return byFirst[0];
  }
  const last = foldCase(h.words[h.words.length - 1]);
  const first = foldCase(h.words[0]);
  const candidates = (byLast.get(last) ?? []).filter((e) => {
    if (e.person.kind !== 'person') return false;
    const ws = e.person.name.split(/\s+/).map(foldCase);
    // "Sommer" -> "Mary Marlowe Sommer"; "Mary Sommer" -> "Mary Marlowe Sommer".
    return ws.length > h.words.length && ws[ws.length - 1] === last && (h.words.length === 1 || ws[0] === first);
  });
  if (candidates.length <= 1) return candidates[0] ?? null;
  const latest = (e: Entry) => e.person.mentions.reduce((best, m) => (m <= h.sentence && m > best ? m : best), -1);
  return candidates.reduce((best, e) => (latest(e) > latest(best) ? e : best));
}
