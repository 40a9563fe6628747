/**
 * News outlets: wire services, broadcasters and newspapers. A source named by one of these is a news report, never
 * a press statement or a post, so sources.ts and according.ts ask here before giving a kind. Only names that are
 * outlets beyond doubt are listed; a name merely ending in "Post" or "Star" (Canada Post, a film star) is not one.
 */
import { escapeRegExp } from '../text/normalise';

/** Wire services and broadcasters known by a bare name or an acronym. */
const NAMED = [
  'AFP', 'Agence France-Presse', 'Reuters', 'AP', 'Associated Press', 'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap',
  'TASS', 'Interfax', 'ANSA', 'EFE', 'dpa', 'Bernama', 'Antara', 'PTI', 'Press Trust of India', 'UPI',
  'United Press International', 'Anadolu', 'Anadolu Agency', 'AAP', 'Australian Associated Press', 'Canadian Press',
  'Jiji Press', 'BBC', 'CNN', 'ABC', 'NBC', 'CBS', 'MSNBC', 'NPR', 'PBS', 'CBC', 'CTV', 'RTÉ', 'ITV', 'Al Jazeera',
  'Deutsche Welle', 'France 24', 'Bloomberg', 'Wikinews', 'Euronews', 'Channel 4', 'Channel NewsAsia', 'Sky News',
];
/** Last words that make a capitalised name a news outlet ("The Straits Times", "ABC News", "Radio Free Asia"). */
const TAIL = 'News|Times|Herald|Tribune|Telegraph|Gazette|Chronicle|Inquirer|Daily|Newspaper|News Agency|Broadcasting Corporation|Broadcasting Company|Television|TV|Radio';
/** Words that make a name an outlet only with "The" before it ("The Washington Post", not "Canada Post"). */
const THE_TAIL = 'Post|Guardian|Independent|Observer|Mail|Express|Mirror|Standard|Star|Sun|Age|Australian|Globe and Mail|Economist|Atlantic';
/** Outlets named by what they are rather than by name. */
const GENERIC =
  '(?:the |a |an )?(?:state |local |national |foreign |international |official |public |private )?' +
  '(?:news agency|wire service|newspaper|daily newspaper|broadcaster|television(?: channel| station)?|TV(?: channel| station)?|radio(?: station)?|media(?: reports)?|press reports|news reports?|news outlets?|news channel)';

const CAP = "[\\p{Lu}][\\p{L}\\p{N}'’.&-]*";
// Case matters for names: "the times" or "the ap" in running text are not outlets, so the named part is case-exact.
const NAME_EXACT = new RegExp(
  `^(?:[Tt]he\\s+)?(?:${NAMED.map(escapeRegExp).join('|')})$|^(?:[Tt]he\\s+)?(?:${CAP}\\s+){0,4}?(?:${TAIL})$|^[Tt]he\\s+(?:${CAP}\\s+){0,3}?(?:${THE_TAIL})$|^(?:Radio|Television|TV|Channel)(?:\\s+${CAP}){1,3}$`,
  'u',
);
const GENERIC_RE = new RegExp(`^${GENERIC}$`, 'iu');

/** True when the whole phrase names a news outlet: "AFP", "ABC News", "The Straits Times", "state media". */
export function isOutlet(phrase: string): boolean {
  const p = phrase.trim().replace(/[’']s$/u, '');
  if (p.length > 80) return false;
  if (NAME_EXACT.test(p) || GENERIC_RE.test(p)) return true;
  // "Indonesian media", "the Saudi state television": a capitalised word of nationality before a generic outlet.
  if (/^(?:the |a |an )?social\b/i.test(p)) return false;
  const m = /^((?:the |a |an )?)[\p{Lu}][\p{L}-]+ (.+)$/u.exec(p);
  return !!m && GENERIC_RE.test(m[1] + m[2]);
}

/**
 * Outlets named as the subject of "reported" or after "told": "Reuters reported", "told the BBC". The name is
 * the capitalised run (or the generic phrase) right before or after `at`, bounded to a few words.
 */
export const OUTLET_PHRASE = `(?:(?:[Tt]he\\s+)?(?:${CAP}\\s+){0,4}?${CAP}|${GENERIC})`;
