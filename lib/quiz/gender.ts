import type { Analysis, Person } from '../analysis/types';
import { mentions } from './people';
import { escapeRegExp } from '../text/normalise';

/**
 * The grammatical gender a role word or a person's pronouns give, so that a stem with "spokesman" is not asked among
 * options where only one is a man (eighth blind review): the word rules the others out without reading.
 */
export type Gender = 'm' | 'f';

/** First parts of compounds in "-man" that name a role ("spokesman", "chairman"); "human", "German" are not roles. */
const MAN_ROLES =
  'spokes|chair|business|congress|council|alder|fire|police|sports|front|anchor|camera|fore|sales|crafts|states|assembly|committee|handy|weather|news|lines|ombuds|post|middle|country|kins|clergy|church|trades|yachts|noble|gentle|frontiers|lay';
const MALE_ROLE = new RegExp(`\\b(?:(?:${MAN_ROLES})(?:man|men)|mr|sir|lord|king|prince|father|brother|son|husband|uncle|nephew|grandfather|widower|boyfriend|actor|waiter|monk|priest)\\b`, 'i');
const FEMALE_ROLE = /\b(?:\p{L}*(?:woman|women)|mrs|ms|miss|dame|lady|queen|princess|mother|sister|daughter|wife|aunt|niece|grandmother|widow|girlfriend|actress|waitress|headmistress|stewardess|nun)\b/iu;

/** Role compounds that carry a gender ("spokesman", "chairwoman"): in a stem they point at the options of that gender. */
const MALE_COMPOUND = new RegExp(`\\b(?:${MAN_ROLES})(?:man|men)\\b`, 'i');
const FEMALE_COMPOUND = /\b\p{L}+(?:woman|women)\b/iu;

/** The gender a stem's role compound gives, or null (kin words and pronouns in a quotation speak of others). */
export function stemGender(text: string): Gender | null {
  const m = MALE_COMPOUND.test(text);
  const f = FEMALE_COMPOUND.test(text);
  return m === f ? null : m ? 'm' : 'f';
}

/** The gender a role's own words give ("spokeswoman for the port" → 'f'), or null for a neutral role. */
export function roleGender(text: string): Gender | null {
  const m = MALE_ROLE.test(text);
  const f = FEMALE_ROLE.test(text);
  return m === f ? null : m ? 'm' : 'f';
}

const HE = /\b(?:he|him|his|himself)\b/gi;
const SHE = /\b(?:she|her|hers|herself)\b/gi;
/** Quoted words speak of others ("“she told me …,” Lund said"): their pronouns say nothing of the speaker. */
const unquoted = (text: string) => text.replace(/“[^”]*”|"[^"]*"/g, ' ');

/**
 * A person's gender as the article shows it: a gendered role or title of theirs ("spokeswoman", "Mrs Hale"), else
 * the pronouns of sentences that name them and nobody else (and of the next sentence, when it opens on "He"/"She").
 * Null when the article does not say, or says both.
 */
export function genderOf(p: Person, analysis: Pick<Analysis, 'people' | 'sentences'>): Gender | null {
  if (p.kind !== 'person') return null;
  const byRole = [...p.roles, ...p.aliases].map(roleGender).filter((g): g is Gender => g !== null);
  if (byRole.length && byRole.every((g) => g === byRole[0])) return byRole[0];
  if (byRole.length) return null;
  // "Ms Nguyen said …": a title before the surname anywhere in the article.
  const surname = p.name.trim().split(/\s+/).pop() ?? '';
  if (surname.length > 1) {
    const titled = new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.?\\s+${escapeRegExp(surname)}\\b`, 'u');
    const titles = analysis.sentences.map((s) => titled.exec(s.text)?.[1]).filter((t): t is string => !!t).map(roleGender);
    if (titles.length && titles.every((g) => g === titles[0])) return titles[0];
  }
  let he = 0;
  let she = 0;
  const others = analysis.people.filter((o) => o !== p && o.kind === 'person');
  const sentences = analysis.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i].text;
    if (!mentions(text, p) || others.some((o) => mentions(text, o))) continue;
    const own = unquoted(text);
    he += own.match(HE)?.length ?? 0;
    she += own.match(SHE)?.length ?? 0;
    const next = sentences[i + 1];
    if (next && next.paragraph === sentences[i].paragraph && !others.some((o) => mentions(next.text, o))) {
      if (/^\W*He\b/.test(next.text)) he++;
      if (/^\W*She\b/.test(next.text)) she++;
    }
  }
  return he > 0 && she === 0 ? 'm' : she > 0 && he === 0 ? 'f' : null;
}

/**
 * True when a question's stem holds a gendered role word and one of its options is a person the article shows to be
 * of the other gender: the word rules that option out without reading. Options whose gender the article does not
 * show are left alone (a reader cannot rule them out either, short of guessing from a first name).
 */
export function gendersTheOptions(prompt: string, options: string[], analysis: Pick<Analysis, 'people' | 'sentences'>): boolean {
  const g = stemGender(prompt);
  if (!g) return false;
  const people = options.map((o) => analysis.people.find((p) => p.kind === 'person' && p.name === o));
  if (people.some((p) => !p)) return false;
  return people.some((p) => { const h = genderOf(p!, analysis); return h !== null && h !== g; });
}
