import { normalizeDate } from './front-matter';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const MONTH = '([a-z]{3,9})\\.?';
/** "Friday, September 9, 2016", "Sept. 9, 2016", "9 September 2016", "Friday 9 September 2016", optionally after "Published:" or "Updated". */
const US = new RegExp(`^(?:(?:published|posted|updated)(?: on)?:?\\s+)?${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\.?$`, 'i');
const UK = new RegExp(`^(?:(?:published|posted|updated)(?: on)?:?\\s+)?${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\.?$`, 'i');
const ISO = /^(?:(?:published|posted|updated)(?: on)?:?\s+)?(\d{4}-\d{2}-\d{2})$/i;

function month(name: string): number | null {
  const m = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // "Sept" and full names are fine; a word that merely starts like a month ("Marching") is not a month.
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const ok = m >= 0 && (name.length <= 4 || full[m] === name.toLowerCase());
  return ok ? m + 1 : null;
}

/**
 * The date of a dateline line standing on its own ("Friday, September 9, 2016"), as YYYY-MM-DD, or null when the
 * line is anything else. Only a whole line counts, so a sentence that merely contains a date is never taken.
 */
export function datelineDate(line: string): string | null {
  const text = line.trim().replace(/^[*_]+|[*_]+$/g, '').trim();
  if (text.length > 60) return null;
  const iso = ISO.exec(text);
  if (iso) return normalizeDate(iso[1]);
  const us = US.exec(text);
  const uk = us ? null : UK.exec(text);
  const [mo, d, y] = us ? [month(us[1]), us[2], us[3]] : uk ? [month(uk[2]), uk[1], uk[3]] : [null, '', ''];
  if (!mo) return null;
  return normalizeDate(`${y}-${mo}-${d}`);
}
