import type { Figure, Person, Sentence } from './types';
import { readAccording } from './according';
import { personMentions, resolvePerson } from './person-ref';

// Hostile pastes (thousands of numbers, one huge "sentence") must stay cheap, so the scan is bounded.
const MAX_PER_SENTENCE = 12;
const MAX_PER_ARTICLE = 300;
const MAX_SENTENCE_CHARS = 4000;

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
// One pass, no nested quantifiers: a digit run (with separators) or a number word.
/** Currency marks written before a figure: "$", "£", and dollars of other countries ("NZ$26 million", "A$4.8 million"). */
export const CURRENCY = '(?:US|NZ|AU|A|CA|C|HK|S)\\$|[$€£¥]';
const TOKEN_RE = new RegExp(`(?<![\\p{L}])(?:${CURRENCY})?\\d[\\d,.]*|\\b(?:${Object.keys(WORD_VALUES).join('|')})\\b`, 'giu');
const DIGITS_RE = new RegExp(`^(${CURRENCY})?(\\d{1,3}(?:,\\d{3})+|\\d{1,9})(?:\\.(\\d{1,2}))?$`);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;
const QUALIFIER = /\b(just over|just under|more than|less than|fewer than|no more than|no fewer than|at least|at most|up to|an estimated|about|around|approximately|roughly|nearly|almost|close to|probably|perhaps|possibly|over|some|only)\s+$/i;
const RANGE_END = /^\s*(?:to|or|and)\s+(?:[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+(?:few|dozen|hundred|thousand|million))\b)/i;
/** A verb that takes "over" or "under" as its particle ("handed over", "turned over", "signed over", "went under"). */
const PHRASAL = /\b(?:hand|turn|sign|pass|give|gave|take|took|hold|held|go|went|gone|carry|carried|paid|pay|make|made|get|got|put|knock|knocked|roll|rolled|start|started|fall|fell)(?:s|ed|ing|n)?\s+(?:over|under)\s+$/i;
const MONEY_WORDS = /^\s(dollars|euros|pounds|yen|yuan|rupees|francs)\b/i;
const DISTANCE = /^\s(kilometres|kilometers|kilometre|kilometer|km|miles|mile|metres|meters|metre|meter|feet|foot|yards)\b(?!-)/i;
const DURATION = /^\s(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?!-)/i;
/** A singular unit right after a figure makes a compound adjective ("a 12 year cycle"), not a count. */
const COMPOUND = /^\s(year|month|week|day|hour|minute|second|person|member|man|storey|story|point|time|square|cubic|per)\b/i;
const STOP = new Set(['of', 'in', 'on', 'at', 'and', 'or', 'the', 'a', 'an', 'to', 'from', 'for', 'with', 'who', 'that', 'which', 'more', 'than', 'per', 'each', 'ago', 'other', 'others', 'is', 'was', 'has', 'his', 'its', 'this', 'as', 'us', 'yes', 'less', 'plus', 'aboard', 'he', 'she', 'it', 'we', 'they', 'you', 'i']);
const IRREGULAR = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'crew', 'personnel', 'troops', 'cattle', 'sheep', 'fish', 'aircraft']);
/** Things whose small counts still matter in a story: people, casualties, teams, medals. */
const KEY_HEADS = /^(people|persons|children|men|women|police|officers|soldiers|troops|victims|passengers|deaths|casualties|bodies|injuries|astronauts|students|workers|members|teams|players|athletes|medals|survivors|migrants|refugees|patients|prisoners|hostages|candidates|seats|votes)$/;
const UPDATE = /\b(toll|rose|risen|climbed|increased|updated|revised|now|later|total)\b/i;

const plural = (w: string) => IRREGULAR.has(w) || (/^\p{L}{3,}s$/u.test(w) && !/(ss|us|is|'s|’s)$/.test(w) && !STOP.has(w));

/** The counted words after a figure ("asylum seekers", "Andy Warhol photographs") ending in a plural noun. */
function countedAfter(after: string): { unit: string; head: string } | null {
  const words = /^(?:\s+[\p{L}'’-]+){1,4}/u.exec(after)?.[0].trim().split(/\s+/) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (STOP.has(w) || w.includes('-')) return null;
    if (plural(w)) return { unit: words.slice(0, i + 1).join(' '), head: w };
    // Modifiers before the noun: at most two lower-case ones ("asylum", "other educational").
    if (i >= 2 && words[i] === w) return null;
  }
  return null;
}

/** Quotation marks opened and not closed in `text`: curly ones counted, straight ones by parity. */
function openQuotes(text: string): number {
  const curly = (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);
  return Math.max(0, curly) + ((text.match(/"/g)?.length ?? 0) % 2);
}

/** Inside a direct quotation (`carried` open from earlier sentences of the paragraph): the speaker's words, not asked here. */
function quoted(text: string, at: number, carried = 0): boolean {
  return (openQuotes(text.slice(0, at)) + carried) % 2 === 1 || openQuotes(text.slice(0, at)) > 1;
}

/** Who the sentence says gives its figures, and from which offset on (figures inside the source phrase do not count). */
function sourceOf(text: string, people: Person[]): { who: string; from: number; to: number; skip: [number, number] } | null {
  const person = (phrase: string) => {
    const p = resolvePerson(phrase, people);
    // A named person, or a body named like one ("Tasman Paper said …"): both are sources a reader can check.
    return p && (p.kind === 'person' || /^\p{Lu}/u.test(p.name)) && p.name.includes(' ') ? p.name : null;
  };
  const acc = /\baccording to\s/i.exec(text);
  const verb = /\b(said|says|told|estimated|estimates|reported|announced|stated|added|noted|explained)\b/i.exec(text);
  if (acc) {
    // Two sources in one sentence ("according to the paper, X said") leave the figure's owner unclear.
    if (verb) return null;
    const a = readAccording(text, acc.index + acc[0].length);
    const who = a ? person(a.head) : null;
    return a && who ? { who, from: 0, to: text.length, skip: [acc.index, a.end] } : null;
  }
  if (!verb || verb.index > 160) return null;
  const prefix = text.slice(0, verb.index);
  const mentions = personMentions(prefix, people);
  if (!mentions.length || quoted(text, verb.index)) return null;
  // The subject opens the sentence ("X, the gallery's director, said") or is the only name, right before the verb.
  const first = mentions[0];
  const last = mentions[mentions.length - 1];
  const subject = first.at <= 1 ? first : new Set(mentions.map((m) => m.person)).size === 1 && /^[\p{L}.'’ -]+\s*$/u.test(prefix.slice(last.at)) ? last : null;
  const who = subject ? person(subject.person.name) : null;
  if (!who) return null;
  let from = verb.index + verb[0].length;
  // "Okafor told about 150 supporters at the hall": the words after "told" are first whom she told, and after a
  // quotation ("“…,” Okafor said at the hall of 150 people") the quotation is what was said, the rest the reporter's
  // own account. In both the speaker's words after the verb start only at "that"; a figure before it is no one's
  // (eighth blind review: the reporter's crowd estimate was given as the speaker's).
  const quoteFirst = /[”"]/.test(prefix.slice(0, subject!.at));
  if (/^told$/i.test(verb[1]) || quoteFirst) {
    const that = /\bthat\b/i.exec(text.slice(from));
    if (!that) return null;
    from += that.index + that[0].length;
  }
  const next = /\b(said|says|told|according)\b/i.exec(text.slice(from));
  const to = next ? from + next.index : text.length;
  return { who, from, to, skip: [0, 0] };
}

/** Reads one token at `at`; null when it is not a figure of the story (a year, a date, a code, a rank, a range). */
function readFigure(text: string, raw: string, at: number): Omit<Figure, 'sentence' | 'source'> | null {
  const token = raw.replace(/[.,]+$/, '');
  const before = text.slice(Math.max(0, at - 40), at);
  const prev = text[at - 1] ?? ' ';
  const rest = text.slice(at + token.length, at + token.length + 80);
  // A range or a choice ("40 to 50", "five or six", "$2 million to $3 million") is no one figure; "$48,000 to the
  // auditors" or "40 and the rest" is (a word after "to" counted as a range end dropped such figures).
  if (/[\p{L}\p{N}\-/#@.:(]/u.test(prev) || /^[\p{L}\-/]|^:\d|^\s*[-–]\s*(?:\d|\p{L}+\b)/iu.test(rest) || RANGE_END.test(rest)) {
    if (!/^%/.test(rest)) return null;
  }
  if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*(?:or|to|and|[-–])\s*$/i.test(before)) return null;
  if (/\b(between|from|No\.?|ages?|aged)\s+$/i.test(before) || MONTHS.test(before) || /^,?\s\d{4}\b/.test(rest)) return null;
  // A capitalised word right before a number names a thing ("Studio 54", "Vostok 1"), unless it opens the sentence.
  const cap = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(before);
  if (cap && !QUALIFIER.test(before)) {
    const wordStart = at - before.length + cap.index;
    if (wordStart > 0 && !/[.!?:"“(]\s*$/.test(text.slice(Math.max(0, wordStart - 3), wordStart))) return null;
  }
  const word = WORD_VALUES[token.toLowerCase()];
  const digits = DIGITS_RE.exec(token);
  if (word === undefined && !digits) return null;
  let value = word ?? Number(`${digits![2].replace(/,/g, '')}${digits![3] ? `.${digits![3]}` : ''}`);
  let text2 = token;
  let after = rest;
  const scale = /^\s(thousand|million|billion|trillion)\b/i.exec(after);
  if (scale) {
    value *= SCALE[scale[1].toLowerCase()];
    text2 += scale[0];
    after = after.slice(scale[0].length);
  } else if (word === 1 || word === 100) return null;
  const currency = digits?.[1] ?? null;
  const year = !currency && !scale && /^\d{4}$/.test(token) && value >= 1000 && value <= 2100;
  // "handed over $310,000", "signed over 40 acres": after a verb, "over" may be its particle, not "more than", and
  // calling the figure a limit taught a misreading (seventh blind review); unsure, it is read as no qualifier.
  const qualifier = QUALIFIER.exec(before)?.[1].toLowerCase() ?? null;
  const particle = (qualifier === 'over' || qualifier === 'under') && PHRASAL.test(before);
  const base = { start: at, qualifier: particle ? null : qualifier, value };
  if (/^%/.test(after)) return { ...base, text: `${text2}%`, end: at + text2.length + 1, kind: 'percent', unit: '%', head: 'percent' };
  const end = at + text2.length;
  if (/^\s(percent|per cent)\b/i.test(after)) return { ...base, text: text2, end, kind: 'percent', unit: 'percent', head: 'percent' };
  const money = MONEY_WORDS.exec(after);
  if (currency || money) {
    const unit = currency ?? money![1].toLowerCase();
    return { ...base, text: text2, end, kind: 'money', unit, head: unit };
  }
  if (year) {
    const c = countedAfter(after);
    return c && !/\b(in|since|by|of|until|to|year|from)\s+$/i.test(before) ? { ...base, text: text2, end, kind: 'count', ...c } : null;
  }
  const distance = DISTANCE.exec(after) ?? (null as RegExpExecArray | null);
  if (distance && !/^\s+square\b/i.test(rest)) return { ...base, text: text2, end, kind: 'distance', unit: distance[1], head: distance[1].toLowerCase() };
  const duration = DURATION.exec(after);
  // Short spans ("two weeks", "fifteen minutes of fame") are rarely the story's key figure.
  if (duration && (word !== undefined || value < 10)) return null;
  if (duration) return { ...base, text: text2, end, kind: 'duration', unit: duration[1], head: duration[1].toLowerCase() };
  if (COMPOUND.test(after)) return null;
  const counted = countedAfter(after);
  // A small count of anything but people, teams or medals ("two reasons", "3 times") is talk, not a key figure.
  if (counted && value < 10 && !KEY_HEADS.test(counted.head)) return null;
  if (counted?.head === 'times' && value < 1000) return null;
  return counted ? { ...base, text: text2, end, kind: 'count', ...counted } : null;
}

/**
 * Finds the figures of an article (counts of people and things, money, percentages, distances, durations) with
 * what they count and, when one sentence says so, whose figure it is. Figures in quotations, ranges, dates, years,
 * ranks and codes are left out. Bounded: at most 12 figures a sentence and 300 an article.
 */
export function findFigures(sentences: Sentence[], people: Person[]): Figure[] {
  const out: Figure[] = [];
  let carried = 0;
  let paragraph = -1;
  for (const s of sentences) {
    if (out.length >= MAX_PER_ARTICLE) break;
    const text = s.text.slice(0, MAX_SENTENCE_CHARS);
    // A quotation can run over several sentences of a paragraph ("…for the last 30 years. …").
    if (s.paragraph !== paragraph) carried = 0;
    paragraph = s.paragraph;
    const open = carried;
    carried = (carried + openQuotes(text)) % 2;
    let src: ReturnType<typeof sourceOf> | undefined;
    let seen = 0;
    for (const m of text.matchAll(TOKEN_RE)) {
      if (++seen > MAX_PER_SENTENCE * 4 || out.length >= MAX_PER_ARTICLE) break;
      if (m[0].length > 24 || quoted(text, m.index, open)) continue;
      const f = readFigure(text, m[0], m.index);
      if (!f) continue;
      if (src === undefined) src = sourceOf(text, people);
      const own = src && f.start >= src.from && f.start < src.to && !(f.start >= src.skip[0] && f.start < src.skip[1]);
      out.push({ ...f, sentence: s.index, source: own ? src!.who : null });
      if (out.filter((x) => x.sentence === s.index).length >= MAX_PER_SENTENCE) break;
    }
  }
  return out;
}

/** True when the article gives another figure for the same thing and says it changed (a toll that rose): ask neither. */
export function restated(f: Figure, all: Figure[], sentences: Sentence[]): boolean {
  return all.some(
    (g) => g !== f && g.kind === f.kind && g.head === f.head && g.value !== f.value &&
      (UPDATE.test(sentences[g.sentence]?.text ?? '') || UPDATE.test(sentences[f.sentence]?.text ?? '')),
  );
}
