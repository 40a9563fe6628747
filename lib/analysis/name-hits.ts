/**
 * Name-shaped spans of one sentence: capitalised runs with titles split off, places and organisations dropped,
 * and the role cues written around them.
 */
import type { Sentence } from './types';
import { capitalisedRuns, isCapitalised as isCapitalisedWord, tokensOf, type Token } from './name-tokens';
import {
  roleNoun, CALENDAR_WORDS, GEO_WORDS, NON_NAME_STARTERS, NON_PERSON_FIRST, ORG_WORDS, PLACES, PLACE_STARTERS, THING_WORDS, TITLES,
  TITLE_PREFIXES,
} from './name-words';
import { portfolioTitleStart, portfolioWords } from './title-phrase';
import { appositiveAfter, appositiveBefore, copularRole, jobAfter, rolesBefore } from './people-roles';

export interface NameHit {
  sentence: number;
  /** Name words, titles removed ("Mary", "Marlowe", "Sommer"). */
  words: string[];
  /** The title as written before the name ("Judge"), or null. */
  title: string | null;
  /** Roles stated here (from the title, an occupation before the name or an appositive). */
  roles: string[];
  /** Inside quotation marks: a title or a team's name ("Better Idea of Afghan Girls") more often than a person. */
  quoted: boolean;
}

/** Ranges of a sentence inside double quotation marks. */
function quotedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(/[“"][^“”"]*[”"]/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** True when `at` lies strictly inside one of the sorted, disjoint ranges (a binary search: storms hold thousands). */
function insideRange(ranges: Array<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid];
    if (at <= a) hi = mid - 1;
    else if (at >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

const key = (w: string) => w.toLowerCase().replace(/\.$/, '');

/** Split a run at months and weekdays, which are never part of a name. */
function splitCalendar(tokens: Token[], [a, b]: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = a;
  for (let i = a; i <= b; i++) {
    if (i === b || CALENDAR_WORDS.has(key(tokens[i].word))) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/** A place ("New Mexico", "Texas") or an organisation ("Supreme Court") rather than a person. */
function isPlaceOrOrg(words: string[]): boolean {
  const keys = words.map(key);
  // Plural forms too ("Homeland Security Departments"), and each part of a hyphenated word.
  const parts = keys.flatMap((k) => k.split(/[-/]/)).flatMap((k) => [k, k.replace(/s$/, '')]);
  if (parts.some((k) => ORG_WORDS.has(k) || GEO_WORDS.has(k) || THING_WORDS.has(k))) return true;
  if (keys[0].split('-').some((k) => NON_PERSON_FIRST.has(k))) return true;
  // "Ashby General", "Harlow Central": a name that ends in a title word is a hospital, a station or a school.
  // An abbreviated title ("Sen", "Col") ending a run is a surname ("Ravi Sen"): only a title word in full counts.
  const lastKey = keys[keys.length - 1];
  if (keys.length >= 2 && TITLES[lastKey] === lastKey) return true;
  // A title with no name after it ("the Prime Minister") names an office, not a person.
  if (keys.every((k) => TITLES[k] !== undefined || TITLE_PREFIXES.has(k))) return true;
  if (keys.every((k) => PLACES.has(k))) return true;
  return keys.length === 2 && PLACE_STARTERS.has(keys[0]);
}

/**
 * Where a person's two- or three-word name starts at the end of a run whose opening words hold a place or an
 * organisation ("United States Hamdullah Mohib" -> 2), or null when the run has no such tail.
 */
function trailingName(words: string[]): number | null {
  for (const size of [2, 3]) {
    const at = words.length - size;
    if (at < 1) break;
    const lead = words.slice(0, at);
    const tail = words.slice(at);
    const leadIsPlace = isPlaceOrOrg(lead) || lead.some((w) => PLACES.has(key(w)));
    if (leadIsPlace && !isPlaceOrOrg(tail) && !tail.some((w) => PLACES.has(key(w)) || /-/.test(w))) return at;
  }
  return null;
}

/** The title inside a run: [start, end) of its words, or null. The name must follow it. */
function findTitle(tokens: Token[], a: number, b: number): [number, number] | null {
  for (let t = a; t < b - 1; t++) {
    if (TITLES[key(tokens[t].word)] === undefined) continue;
    let ts = t;
    while (ts > a && TITLE_PREFIXES.has(key(tokens[ts - 1].word))) ts--;
    let te = t + 1;
    // "Chief Executive Laura Brennan", "Deputy Chief Constable Ann Lee": an occupation capitalised after the title
    // belongs to it, never to the name.
    const titleWord = (w: string) => TITLES[key(w)] !== undefined || TITLE_PREFIXES.has(key(w)) || roleNoun(key(w)) !== null;
    while (te < b - 1 && titleWord(tokens[te].word)) te++;
    return [ts, te];
  }
  return null;
}

/** Role stated by a title and the capitalised words before it ("New Mexico Judge" -> "New Mexico judge"). */
function titleRole(text: string, tokens: Token[], a: number, [ts, te]: [number, number]): string | null {
  const words = tokens.slice(ts, te).map((t) => key(t.word));
  const last = TITLES[words[words.length - 1]] ?? roleNoun(words[words.length - 1]) ?? '';
  const role = [...words.slice(0, -1), last].filter(Boolean).join(' ');
  if (!last && words.length === 1) return null;
  // "New Mexico Judge", "Afghan Ambassador", "U.S. President": a place, a nationality or a body qualifies the
  // title; other capitalised words before it ("… Citation Index Professor Chomsky") belong to something else.
  const before = tokens.slice(a, ts).map((t) => key(t.word));
  const placeLike = (k: string) =>
    PLACES.has(k) || PLACE_STARTERS.has(k) || GEO_WORDS.has(k) || NON_PERSON_FIRST.has(k) || ORG_WORDS.has(k) || /^(?:\p{L}\.)+\p{L}?$/u.test(k);
  const qualifier = ts > a && before.length <= 3 && before.some(placeLike) ? text.slice(tokens[a].wordStart, tokens[ts - 1].wordEnd) : '';
  return qualifier ? `${qualifier} ${role}` : role;
}

/**
 * The longest capitalised run read for a name (a title, a place and a name: "New Mexico Judge Mary Marlowe
 * Sommer"), and the most words a name itself may have. A longer run is a headline or a pasted list, not a name, and
 * names become regular expressions later, so they must stay short whatever was pasted.
 */
export const MAX_NAME_RUN = 12;
export const MAX_NAME_WORDS = 6;

/** Every name-shaped span of a sentence with its title and role cues. */
export function nameHits(s: Sentence): NameHit[] {
  const tokens = tokensOf(s);
  const hits: NameHit[] = [];
  const quotes = quotedRanges(s.text);
  for (const run of capitalisedRuns(tokens)) {
    if (run[1] - run[0] > MAX_NAME_RUN) continue;
    for (const [a0, b] of splitCalendar(tokens, run)) {
      let a = a0;
      while (a < b && NON_NAME_STARTERS.has(key(tokens[a].word))) a++;
      // A capitalised occupation opening a sentence ("Lawyer Brandt objected") is a cue, not a first name.
      const occupation: string[] = [];
      while (a < b - 1 && TITLES[key(tokens[a].word)] === undefined && roleNoun(key(tokens[a].word))) {
        occupation.push(key(tokens[a].word));
        a++;
      }
      if (a >= b) continue;
      // "Minister for Industry and Trade Rachel Dunstan": the run's first words end the title, and the title in full
      // is her role; with fewer than two words left for the name, nobody is named for sure.
      const portfolio = occupation.length === 0 ? portfolioTitleStart(tokens, a) : null;
      let office: string | null = null;
      if (portfolio !== null) {
        const n = portfolioWords(tokens, a, b);
        if (b - a - n < 2) continue;
        office = s.text.slice(tokens[portfolio].wordStart, tokens[a + n - 1].wordEnd);
        a += n;
      }
      // "Centre for Healthy Ageing", "Museum of Modern Art": a run after "for"/"of" that follows a capitalised word
      // (not a title such as "Secretary of State") is the tail of an organisation's name.
      const prev = tokens[a - 1];
      const before = tokens[a - 2];
      if (office === null && prev && before && /^(for|of)$/.test(prev.word) && isCapitalisedWord(before.word) && TITLES[key(before.word)] === undefined) continue;
      // "the Harwick Rail Users' Group": a plural possessive followed by a capitalised word names a body.
      const last = tokens[b - 1];
      if (last.possessive && /s$/i.test(last.word) && tokens[b] && isCapitalisedWord(tokens[b].word) && ORG_WORDS.has(key(tokens[b].word))) continue;
      const title = findTitle(tokens, a, b);
      // "Kieran Doyle's Blue Metal", "Baldwin's Rust": a capitalised run right after a capitalised possessive is
      // something of theirs (a book, a film, a firm), not a person (ninth blind set: a novel keyed as a speaker);
      // with a title it is one ("New Zealand's Prime Minister John Key").
      const owner = tokens[a0 - 1];
      if (owner && owner.possessive && isCapitalisedWord(owner.word) && a === a0 && !title) continue;
      let nameStart = title ? title[1] : a;
      const run = tokens.slice(nameStart, b).map((t) => t.word);
      if (isPlaceOrOrg(run) || (run.length >= 3 && PLACES.has(key(run[0])))) {
        // "the University of Texas Arlington Amneh Jafari": a name may close a run that opens with a place or body.
        const tail = trailingName(run);
        if (tail === null) continue;
        nameStart += tail;
      }
      const words = tokens.slice(nameStart, b).map((t) => t.word);
      if (words.length > MAX_NAME_WORDS) continue;
      // "Owen Pryce, 52, of Ashford, a teacher": the words of a ", of X," aside name a town, not a person.
      const home = nameStart > 1 && /^(of|from)$/i.test(tokens[nameStart - 1].word) && tokens[nameStart - 2].trail.startsWith(',');
      if (!title && home && tokens[b - 1].trail.startsWith(',')) continue;
      const roles: string[] = [];
      if (office) roles.push(office);
      else if (title) {
        const r = titleRole(s.text, tokens, a, title);
        if (r) roles.push(r);
      } else {
        if (occupation.length) roles.push(occupation.join(' '));
        else roles.push(...rolesBefore(s.text, tokens, nameStart));
        const before = appositiveBefore(s.text, tokens, nameStart);
        if (before) roles.push(before);
      }
      const after = appositiveAfter(s.text, tokens, b);
      if (after) roles.push(after);
      const copular = roles.length === 0 ? copularRole(s.text, tokens, a, b) : null;
      if (copular) roles.push(copular);
      const job = jobAfter(s.text, tokens, b);
      if (job) roles.push(job);
      const titleText = title ? s.text.slice(tokens[title[0]].wordStart, tokens[title[1] - 1].wordEnd) : null;
      const at = tokens[nameStart].wordStart;
      const quoted = insideRange(quotes, at);
      hits.push({ sentence: s.index, words, title: titleText, roles, quoted });
    }
  }
  return hits;
}
