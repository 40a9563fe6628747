/**
 * Calendar words and small calendar arithmetic for dates.ts. Values are kept as {y, m?, d?} so that precision
 * ("2024", "2024-03", "2024-03-06") survives arithmetic.
 */

export interface DateValue {
  y: number;
  m?: number;
  d?: number;
}

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/** Regex source for a count: digits or a number word. */
export const COUNT = `(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a hundred)`;

export const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')];
export const countOf = (word: string) => NUMBER_WORDS[word.toLowerCase().replace(/^a /, '')] ?? Number(word);

const pad = (n: number) => String(n).padStart(2, '0');

/** "2024", "2024-03" or "2024-03-06". */
export function format(v: DateValue): string {
  if (v.m === undefined) return String(v.y);
  if (v.d === undefined) return `${v.y}-${pad(v.m)}`;
  return `${v.y}-${pad(v.m)}-${pad(v.d)}`;
}

/** Parse "YYYY-MM-DD" (or a coarser value); null when malformed. */
export function parseValue(s: string | null): DateValue | null {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim()) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

const toUtc = (v: DateValue) => Date.UTC(v.y, (v.m ?? 1) - 1, v.d ?? 1);
const fromUtc = (t: number): DateValue => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};

/** Add days to a full date. */
export function addDays(v: DateValue, days: number): DateValue {
  return fromUtc(toUtc(v) + days * 86_400_000);
}

/** Add months, keeping the value's precision (days clamp to the month's end). */
export function addMonths(v: DateValue, months: number): DateValue {
  const total = v.y * 12 + (v.m ?? 1) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  if (v.m === undefined) return { y };
  if (v.d === undefined) return { y, m };
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(v.d, last) };
}

/** Day of the week (0 = Sunday) of a full date. */
export const weekday = (v: DateValue) => new Date(toUtc(v)).getUTCDay();

/** True when a is on or before b (both full dates). */
export const onOrBefore = (a: DateValue, b: DateValue) => toUtc(a) <= toUtc(b);

/** Reduce a value to a precision: 'y', 'm' or 'd'. */
export function truncate(v: DateValue, precision: 'y' | 'm' | 'd'): DateValue {
  if (precision === 'y') return { y: v.y };
  if (precision === 'm') return { y: v.y, m: v.m };
  return v;
}

export const precisionOf = (v: DateValue): 'y' | 'm' | 'd' => (v.m === undefined ? 'y' : v.d === undefined ? 'm' : 'd');
