import type { Question } from '../types';
import type { GenContext } from '../context';
import type { Figure } from '../../analysis/types';
import { CURRENCY, restated } from '../../analysis/numbers';
import { containsWords, excerpt, finish, fnv1a, label, norm, type Draft } from '../util';
import { clauseWindow } from '../stem-window';

/** How a figure is written, so every option is written the same way ("$50,000", "6 million", "13%"). */
interface Style {
  currency: string;
  commas: boolean;
  scale: { word: string; size: number } | null;
  percent: boolean;
  /** "£5.20": money written with pence or cents keeps both digits. */
  cents: boolean;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

function styleOf(f: Figure): Style {
  const scale = /\s(thousand|million|billion|trillion)$/i.exec(f.text.replace(/%$/, ''));
  return {
    currency: new RegExp(`^(${CURRENCY})`).exec(f.text)?.[1] ?? '',
    commas: f.text.includes(',') || f.value >= 10000,
    scale: scale ? { word: scale[1], size: SCALES[scale[1].toLowerCase()] } : null,
    percent: f.text.endsWith('%'),
    cents: /\.\d{2}$/.test(f.text.replace(/%$/, '')),
  };
}

/** The value written in the style; number words become digits, so all options share one form. */
function format(value: number, s: Style): string {
  const base = s.scale ? value / s.scale.size : value;
  const digits = s.cents
    ? base.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: s.commas })
    : s.commas && !s.scale ? base.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(Math.round(base * 100) / 100);
  return `${s.currency}${digits}${s.scale ? ` ${s.scale.word}` : ''}${s.percent ? '%' : ''}`;
}

/** Values near `value` with as many significant digits, so they read like the answer but the text rules them out. */
function variations(value: number, s: Style): number[] {
  const unit = s.scale?.size ?? 1;
  let mant = value / unit;
  let tenths = 1;
  if (!Number.isInteger(mant)) {
    mant = Math.round(mant * 10);
    tenths = 10;
  }
  let zeros = 1;
  // Two significant digits at least: one digit gives only round rungs ("20, 30, 40" for 20).
  while (mant >= 100 && mant % 10 === 0) {
    mant /= 10;
    zeros *= 10;
  }
  // A round key ("about 40 percent", "300 people") among unround values (52, 64, 28) is the one round option, found
  // without reading (seventh blind review): its distractors are made as round (30, 50, 60) when that gives a set
  // that is no ladder, else near values of two digits as before.
  if (mant >= 20 && mant % 10 === 0 && tenths === 1 && !s.cents) {
    const round = around(mant / 10, value);
    if (round.uneven) return round.values.map((m) => (m * zeros * 10 * unit) / tenths);
  }
  return around(mant, value).values.map((m) => (m * zeros * unit) / tenths);
}

/**
 * Near values on both sides of a mantissa, how many above picked by the value itself, at uneven steps: a ladder
 * (10, 20, 30, 40, or each a quarter more than the last) shows which rung the others were built from, and a key
 * always in the middle or at one end is found without reading. `uneven`: the first three make no ladder with it.
 */
function around(mant: number, value: number): { values: number[]; uneven: boolean } {
  const width = String(mant).length;
  const ok = (m: number) => m > 1 && m !== mant && String(m).length === width;
  const seed = parseInt(fnv1a(String(value)), 16);
  // Each factor moved by up to ±8% with the value: fixed factors (every set 1.3, 0.7 and 0.55 times the key) make
  // the key the one value the others are built from, which a student can find without reading (sixth blind review).
  const jitter = (k: number, i: number) => k * (1 + (((seed >>> (i * 3)) & 7) - 3.5) * 0.023);
  const up = [1.3, 1.6, 1.2, 1.9, 1.45, 2.2].map(jitter);
  const down = [0.7, 0.55, 0.8, 0.45, 0.65, 0.35, 0.88].map((k, i) => jitter(k, i + 6));
  const above = [...new Set(up.map((k) => Math.round(mant * k)).filter(ok))];
  const below = [...new Set(down.map((k) => Math.round(mant * k)).filter(ok))];
  for (let k = 0; k < 4; k++) {
    const want = (seed + k) % 4;
    const set = [...new Set([...above.slice(0, want), ...below.slice(0, 3 - want)])];
    if (set.length === 3 && !evenlySpaced([...set, mant])) return { values: [...set, ...above, ...below], uneven: true };
  }
  // Few near values (a one-digit mantissa: 3 of "30 nights" has 2, 4, 5, 6, 7): any three with one on each side that
  // make no ladder, taken in an order the value picks (ninth blind set: "41 / 30 / 51 / 21", the key the one round).
  const pool = [...above, ...below];
  const triples: number[][] = [];
  for (let i = 0; i < pool.length; i++) for (let j = i + 1; j < pool.length; j++) for (let k = j + 1; k < pool.length; k++) triples.push([pool[i], pool[j], pool[k]]);
  const fit = triples.filter((t) => t.some((m) => m > mant) && t.some((m) => m < mant) && !evenlySpaced([...t, mant]));
  if (fit.length > 0) return { values: [...fit[seed % fit.length], ...pool], uneven: true };
  return { values: pool, uneven: false };
}

/** Four values that, set in order, step by one amount or one ratio: a ladder whose odd rung is easy to spot. */
export function evenlySpaced(values: number[]): boolean {
  const v = [...values].sort((x, y) => x - y);
  const gaps = v.slice(1).map((x, i) => x - v[i]);
  const ratios = v.slice(1).map((x, i) => x / v[i]);
  const same = (xs: number[]) => Math.max(...xs) <= Math.min(...xs) * 1.15;
  return same(gaps) || same(ratios.map((r) => r - 1));
}

/** Other figures of the same kind (another thing counted, or the same unit) that fit the answer's form. */
function distractorsFor(f: Figure, all: Figure[], stem: string, avoid: ReadonlySet<string> = new Set()): string[] {
  // "at least ___ people": the question asks which figure the article gives, so one value is right whatever the
  // hedge, and distractors lie on both sides (only larger ones under "over" made the key always the smallest).
  const style = styleOf(f);
  const answer = format(f.value, style);
  const sameThing = new Set(all.filter((g) => g.kind === f.kind && g.head === f.head).map((g) => g.value));
  const fromArticle = all
    .filter((g) => g.kind === f.kind && g.value !== f.value && (f.kind === 'count' || f.kind === 'percent' ? g.head !== f.head || f.kind === 'percent' : g.head === f.head))
    .filter((g) => f.kind !== 'money' || styleOf(g).currency === style.currency)
    .map((g) => g.value);
  const made = variations(f.value, style).filter((v) => !sameThing.has(v));
  // "defeated by ___ votes to 19", "won 3–___": a result's other number fixes which side of it the answer lies on,
  // and a distractor on the other side would turn the result round (a defeat into a win).
  const partner = pairedWith(stem);
  const sameSide = (v: number) => partner === null || Math.sign(v - partner) === Math.sign(f.value - partner);
  // "41 of the building's ___ balconies", "___ of the 312 lakes": a part printed beside the gap bounds it, and an
  // option on the wrong side of it (a whole smaller than its part) is ruled out without reading (eighth blind set).
  const printedBound = partOrWhole(stem);
  // Only when the key itself lies on its side of the bound: otherwise the stem was misread, and nothing is bounded.
  const bound = printedBound && (printedBound.gap === 'whole' ? f.value >= printedBound.other : f.value <= printedBound.other) ? printedBound : null;
  const inBound = (v: number) => f.kind !== 'count' || bound === null || (bound.gap === 'whole' ? v > bound.other : v < bound.other);
  // A share far from the key ("0.25 per cent" for a runner-up with 43.5) is another kind of figure (a threshold, a
  // margin) and no rival answer: percentages stay within a factor of three of the key.
  const nearShare = (v: number) => f.kind !== 'percent' || f.value <= 0 || (v >= f.value / 3 && v <= f.value * 3);
  const fits: { o: string; v: number }[] = [];
  // A value the same sentence prints in another form ("$600,000" beside a "$0.6 million" option) is no distractor.
  const printed = new Set(all.filter((g) => g.sentence === f.sentence).map((g) => g.value));
  for (const v of [...fromArticle, ...made].filter((x) => !printed.has(x) && sameSide(x) && inBound(x) && nearShare(x))) {
    const o = format(v, style);
    // Same length as the answer, so neither "the longest" nor "the odd one out" finds it; never shown in the stem.
    if (o.length !== answer.length || norm(o) === norm(answer) || fits.some((x) => x.o === o) || containsWords(stem, o)) continue;
    fits.push({ o, v });
  }
  // Another gap's key comes last: offered here it would be ruled out by a student who answered that gap, and
  // taught to one who had not (the eighth blind review's three gaps each offering the others' keys). Used only
  // when nothing else fits, and then the bank keeps one of the two (one-quiz.ts offersKey).
  fits.sort((x, y) => Number(avoid.has(norm(x.o))) - Number(avoid.has(norm(y.o))));
  const out = fits.slice(0, 3);
  // Not all on one side of the key when the other side has a candidate (unless a result's partner decides the
  // side): a key that is always the smallest or the largest option is found without reading.
  const side = (x: { v: number }) => Math.sign(x.v - f.value);
  if (partner === null && out.length === 3 && out.every((x) => side(x) === side(out[0]))) {
    const other = fits.slice(3).find((x) => side(x) === -side(out[0]));
    if (other) out[2] = other;
  }
  return out.map((x) => x.o);
}

/**
 * The number a gap is a part of or the whole of, as the stem prints it: "41 of the building's ___ balconies" (the gap
 * is the whole, above 41), "___ of the 312 lakes", "___ out of 20" (the gap is a part, below it); null otherwise.
 */
export function partOrWhole(stem: string): { gap: 'part' | 'whole'; other: number } | null {
  const num = String.raw`(\d[\d,]*)`;
  const det = String.raw`(?:(?:the|its|their|his|her|our|all)\s+)?(?:[\p{L}’'&-]+\s+){0,2}?`;
  const whole = new RegExp(String.raw`(?<![\d.,])` + num + String.raw`\s+(?:of|out of)\s+` + det + '___', 'u').exec(stem);
  if (whole) return { gap: 'whole', other: Number(whole[1].replace(/,/g, '')) };
  const part = new RegExp(String.raw`___\s+(?:[\p{L}-]+\s+)?(?:of|out of)\s+` + det + num + String.raw`(?![\d.,]\d)`, 'u').exec(stem);
  if (part) return { gap: 'part', other: Number(part[1].replace(/,/g, '')) };
  return null;
}

/** The other number of a result the gap is one side of ("___ votes to 19", "by 24 to ___", "3–___"), or null. */
export function pairedWith(stem: string): number | null {
  const num = String.raw`(\d[\d,]*(?:\.\d+)?)`;
  const after = new RegExp(String.raw`___\s+(?:votes?\s+)?(?:to|[–-])\s*` + num).exec(stem);
  const before = new RegExp(num + String.raw`\s*(?:votes?\s+)?(?:to|[–-])\s*___`).exec(stem);
  const hit = after ?? before;
  return hit ? Number(hit[1].replace(/,/g, '')) : null;
}

/** Names of people the article quotes or cites, the plausible owners of a figure. */
function sourcesOf(ctx: GenContext): string[] {
  const { people, quotes, statements, figures } = ctx.analysis;
  const said = statements.filter((s) => /^(said|says|told|according to|explained|added)$/.test(s.verb)).map((s) => s.who);
  // A quote's speaker counts only with a stated role ("curator"): quote attribution alone can land on a name merely mentioned.
  const withRole = new Set(people.filter((p) => p.roles.length > 0).map((p) => p.name));
  const named = new Set([...said, ...figures.map((f) => f.source), ...quotes.map((q) => q.speaker).filter((n) => n && withRole.has(n))]);
  return people.filter((p) => p.kind === 'person' && p.name.includes(' ') && named.has(p.name)).map((p) => p.name);
}

/** "Who gives this figure?" with the other cited people as options; null when the stem cannot hide the source. */
function askWhose(f: Figure, text: string, speakers: string[], figures: Figure[]): Draft | null {
  if (!f.source || f.kind === 'distance' || f.kind === 'duration') return null;
  const source = f.source;
  // The stem must not name the source, even by surname: narrow the window around the figure until it does not.
  const near = clauseWindow(text, f.start, 24, (e) => source.split(/\s+/).some((part) => part.length > 2 && containsWords(e, part)));
  if (!near) return null;
  const others = speakers.filter((n) => n !== source && !figures.some((g) => g.source === n && g.value === f.value));
  if (others.length < 2) return null;
  return {
    skill: 'numbers',
    prompt: `Who does the article give as the source of this figure? “${near}”`,
    answer: source,
    distractors: others,
    evidence: [f.sentence],
    explanation:
      `${says(f, text, 45)} The figure is ${source}'s: the article gives it as what ${source} reports. ` +
      `Before repeating a number, a fact-checker notes whose number it is.`,
    difficulty: 2,
  };
}

/** "In sentence 4, the article says: “…”." citing the figure's sentence around the figure. */
function says(f: Figure, text: string, words = 28): string {
  const shown = excerpt(text, words, f.start);
  return `In ${label(f.sentence)}, the article says: “${shown}”${/[.!?…]$/.test(shown) ? '' : '.'}`;
}

const HEDGES = /^(about|around|approximately|roughly|nearly|almost|an estimated|some|approx\.?|probably|perhaps|possibly|maybe|close to)$/;
const LIMITS = /^(up to|at most|less than|fewer than|no more than|under|just under|over|more than|at least|just over|no fewer than)$/;

/**
 * What the words before a figure say about it: "about 300" is an estimate. "Over $2,500" may be a quantity's least
 * or a rule's threshold ("payments over $2,500 need a co-signer"), and only the sentence tells which: calling a
 * threshold "the least" was an untrue explanation (sixth blind review), so a limit is only quoted as part of the figure.
 */
export function hedgeNote(f: Figure): string {
  const q = f.qualifier?.toLowerCase();
  if (!q) return '';
  const written = `“${f.qualifier} ${f.text}”`;
  if (HEDGES.test(q)) return ` The article hedges it (${written}): an estimate, not an exact count.`;
  if (LIMITS.test(q)) return ` The article writes ${written}: the words before the figure belong to it, so repeat them with it.`;
  return '';
}

/**
 * What a count counts, as the sentence writes it, for "keep what it counts (…)"; null when the counted words go on
 * ("parents and grandparents": the first noun alone would be untrue).
 */
export function countedUnit(f: Figure, text: string): string | null {
  if (f.kind !== 'count' || !f.unit) return null;
  const after = text.slice(f.end);
  const at = after.indexOf(f.unit);
  if (at < 0 || at > 3) return null;
  return /^\s*(?:,|and\b|or\b|&|\/)/.test(after.slice(at + f.unit.length)) ? null : f.unit;
}

const ORDER: Record<Figure['kind'], number> = { money: 0, percent: 0, count: 1, distance: 2, duration: 3 };

/**
 * Numbers in the news: which figure the article gives in a sentence (a gap to fill, options in one form), and
 * whose figure it is when one sentence names the person giving it. Figures the article restates as changed
 * (a toll that rose) are not asked, and no distractor is a figure the article gives for the same thing.
 */
/** A share or a change: with another figure beside the gap, it lets the gap be worked out. */
const RATIO = /\b(?:per ?cent|percent|quarter|half|third|fifth|tenth|double|doubled|twice|tripled|halved)\b|%/i;
/** A share in words, which one other figure turns into the gap's value ("164, or just over a quarter"). */
const FRACTION = /\b(?:quarter|half|third|fifth|tenth|double|doubled|twice|tripled|halved)\b/i;
/** A change from one figure to another ("a fall of", "reducing … to", "up from"). */
const ARITHMETIC = /\b(?:fall|fell|drop|dropped|rise|rose|increase|increased|decrease|decreased|reduc\w*|cut|up from|down from|or just|or about|or nearly|or roughly|or almost|or more than|out of|of the)\b/i;

export function numbersQuestions(ctx: GenContext): Question[] {
  const { sentences, figures } = ctx.analysis;
  const gaps: Draft[] = [];
  const whose: Draft[] = [];
  const speakers = sourcesOf(ctx);
  const asked = new Set<string>();
  const gapped = new Set<number>();
  const drafted: { f: Figure; stem: string; distractors: string[] }[] = [];
  const ranked = [...figures].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.sentence - b.sentence);
  for (const f of ranked) {
    const text = sentences[f.sentence]?.text;
    const key = `${f.kind}|${f.head}|${f.value}`;
    if (!text || asked.has(key) || restated(f, figures, sentences)) continue;
    asked.add(key);
    const answer = format(f.value, styleOf(f));
    const whoseDraft = f.source ? askWhose(f, text, speakers, figures) : null;
    if (whoseDraft) {
      // One question per figure: a gap stem would name the source, and the source stem shows the figure.
      whose.push(whoseDraft);
      continue;
    }
    // "___ Syrian teams, one national and one made up of refugees": a small count the sentence spells out again
    // in its parts answers itself.
    const rest = `${text.slice(0, f.start)} ${text.slice(f.end)}`;
    if (f.value < 10 && (rest.match(/\b(?:one|two|three|four|five|six|seven|eight|nine|both|each)\b/gi) ?? []).length >= 2) continue;
    // "The ___ members who voted no, Ana Ruiz and Ben Cole, …": a small count of people the sentence names one by
    // one is answered by counting the names.
    const named = ctx.analysis.people.filter((p) => p.kind === 'person' && /^\p{Lu}/u.test(p.name) && text.includes(p.name)).length;
    if (f.kind === 'count' && f.value <= 6 && named >= f.value) continue;
    // "This is a decrease from the year before, when it was ___ percent": a sentence that opens on a pronoun does
    // not say what its figure measures.
    if (/^\W*(?:this|that|these|those|it|its|they|their|he|she|his|her)\b/i.test(text)) continue;
    // "About 60 percent comes from the township": a share that opens its sentence without "of what" leaves the stem
    // without what it is a share of (it was said in an earlier sentence), seventh blind review.
    if (f.kind === 'percent' && text.slice(0, f.start).trim().split(/\s+/).filter(Boolean).length <= 2 && !/^\s*(?:%|percent|per cent)?\s+of\b/i.test(text.slice(f.end))) continue;
    // "nine in ___", "one out of ___": the base of a ratio is guessed from the idiom (ten, five) without reading.
    if (/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+$/i.test(text.slice(0, f.start))) continue;
    // "In the best sites it was over ___ per cent": a pronoun subject leaves the stem without what is measured.
    const clause = text.slice(0, f.start).split(/[,;:]/).pop() ?? '';
    if (/\b(?:it|this|that|they|these|those)\s+(?:is|was|were|are|has been|had been|have been|stood at|reached|rose to|fell to|came to|totall?ed)\s+(?:\S+\s+){0,2}$/i.test(clause)) continue;
    // "(approx. US$225 million)": a conversion the article adds is not a figure it reports; it is not asked.
    if (/\(\s*(?:approx\.?|about|around|roughly|some)?\s*$/i.test(text.slice(0, f.start))) continue;
    // "€212 million (approx. US$225 million)": the conversion beside the gap would point at the answer, so the stem
    // leaves it out. "about ___ miles (800 km)": the same figure in other units gives the answer away.
    const conversion = /^\s*\((?:approx\.?|about|around|roughly)\s+[^()]{1,30}\)/i.exec(text.slice(f.end));
    if (!conversion && /^[^\s(]*\s*(?:\p{L}+\s*)?\(\s*(?:(?:about|around|roughly|approximately|approx\.?|nearly|some)\s+)?[$€£]?\d/u.test(text.slice(f.end))) continue;
    // "in the past ___ months", "over the next ___ years": a period that frames a figure, not a fact of the story,
    // and guessed from habit (12 months) without reading (seventh blind review).
    if (f.kind === 'duration' && /\b(?:past|last|next|previous|coming|following|first)\s+$/i.test(text.slice(0, f.start))) continue;
    // One gap per sentence: a second would print the first one's answer.
    if (gapped.has(f.sentence)) continue;
    gapped.add(f.sentence);
    const withGap = `${text.slice(0, f.start)}___${text.slice(f.end + (conversion?.[0].length ?? 0))}`;
    // "to 262, a fall of roughly 36 per cent", "164, or just over a quarter": another figure and a ratio beside the
    // gap fix it by arithmetic, and every distractor is ruled out without reading (tenth blind set, three items).
    const others = (withGap.match(/\d[\d,.]*/g) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n)).length;
    if (ARITHMETIC.test(withGap) && ((others >= 2 && RATIO.test(withGap)) || (others >= 1 && FRACTION.test(withGap)))) continue;
    const stem = clauseWindow(withGap, f.start, 36);
    if (!stem) continue;
    const distractors: string[] = [];
    drafted.push({ f, stem, distractors });
    const counts = countedUnit(f, text);
    gaps.push({
      skill: 'numbers',
      prompt: `Which figure fills the gap, as the article gives it? “${stem}”`,
      answer,
      distractors,
      evidence: [f.sentence],
      explanation:
        says(f, text) +
        hedgeNote(f) +
        ` When you repeat a number, check it against the sentence that gives it${counts ? ` and keep what it counts (${counts})` : f.kind === 'count' ? ' and keep what it counts' : ''}.`,
      difficulty: f.qualifier ? 2 : 1,
    });
  }
  // Distractors once every gap is known, so that none offers another gap's key when another value fits.
  const keys = drafted.map((d) => norm(format(d.f.value, styleOf(d.f))));
  drafted.forEach((d, i) => d.distractors.push(...distractorsFor(d.f, figures, d.stem, new Set(keys.filter((_, j) => j !== i)))));
  const made = [...gaps.slice(0, 2), ...whose, ...gaps.slice(2)].map(finish).filter((q): q is Question => q !== null);
  // Key positions are spread over the whole bank by spreadKeys (balance.ts).
  return made;
}
