import type { Article, Block } from './types';
import { splitFrontMatter } from './front-matter';
import { datelineDate } from './dateline';
import { LABEL, splitTurns } from './turns';

/** Input that cannot be read as an article. The message is one line, fit to show a reader as is. */
export class ArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleError';
  }
}

const MIN_WORDS = 30;
/** Headings of the lists that close a news page (its sources, links and related stories). */
const BACK_MATTER = /^(?:sources?|references|external links|related (?:news|articles|stories)|see also|further reading)\s*:?$/i;
const MIN_SENTENCES = 2;
const MAX_HEADING_WORDS = 12;

/** Control characters other than tab/newline/CR, and U+FFFD left by a failed decode: signs of binary data. */
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
/** Characters that close a sentence or a quotation; a line ending in one of them is prose, not a heading. */
const CLOSING = /[.!:;,”"'’…]$/;

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Title case: the first word and most longer words start with a capital ("What Does The Dismissal Mean?"). */
function isTitleCased(line: string): boolean {
  const ws = words(line);
  if (ws.length === 0 || !/^\P{L}*\p{Lu}/u.test(ws[0])) return false;
  const long = ws.filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  const capped = long.filter((w) => /^\P{L}*\p{Lu}/u.test(w));
  return long.length === 0 || capped.length / long.length >= 0.75;
}

/**
 * A plain-text heading: a short line without closing punctuation. A question is a heading only when it is
 * title-cased, so a one-line question paragraph ("Is it over?") stays prose.
 */
function looksLikeHeading(line: string): boolean {
  const n = words(line).length;
  if (n === 0 || n > MAX_HEADING_WORDS || line.length > 120) return false;
  if (/^\P{L}*\p{Ll}/u.test(line)) return false;
  if (line.endsWith('?')) return isTitleCased(line);
  return !CLOSING.test(line);
}

/**
 * Markdown inline markup is formatting, not published text: keep link text, drop images and emphasis marks. Each
 * pattern stops at the next opening mark and is bounded in length, so unclosed marks cost one short scan each; a
 * scan that ran on to the end of the line made a paste of many unclosed marks quadratic (see
 * bench/results/history-from-code-comments.md).
 */
function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\][\n]{0,300}\]\([^()\s]{0,2000}\)/g, '')
    .replace(/\[([^\][\n]{1,300})\]\([^()\s]{0,2000}\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)((?:(?!\1)[^\n]){0,300}?\S)\1/g, '$2')
    .replace(/`([^`\n]{1,300})`/g, '$1');
}

/** Splits one blank-line-separated chunk into blocks. */
function chunkToBlocks(chunk: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    // Lines that each end a sentence are separate paragraphs (one paragraph per line, no blank lines);
    // otherwise they are soft wraps of one paragraph and join with a single space.
    const ended = lines.slice(0, -1).every((l) => /[.!?:”"’)]$/.test(l));
    const paras = lines.length > 1 && ended ? lines : [lines.join(' ')];
    for (const text of paras) blocks.push({ kind: 'paragraph', text });
    lines = [];
  };
  const raw = chunk.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i].trim();
    if (!line || /^([-*_])(\s*\1){2,}$/.test(line)) continue; // horizontal rule
    const atx = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(line);
    const setext = i + 1 < raw.length && /^(=+|-+)$/.test(raw[i + 1].trim());
    if (atx || setext) {
      flush();
      blocks.push({ kind: 'heading', text: stripInlineMarkdown(atx ? atx[1] : line).trim() });
      if (setext) i++;
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)]|>)\s+/.exec(line);
    const text = stripInlineMarkdown(item ? line.slice(item[0].length) : line).trim();
    if (!text) continue;
    const next = raw[i + 1]?.trim() ?? '';
    // A heading line opens its chunk and the next line does not continue it in lower case.
    // A long news headline is still a heading when a dateline comes straight after it.
    const headline = lines.length === 0 && !item && !CLOSING.test(text) && words(text).length <= 30 && datelineDate(next) !== null;
    // "Wikinews: Will you stay in Wattle Creek?" is an interviewer's turn, however title-cased its question.
    const turn = LABEL.test(text) && text.endsWith('?');
    const headingHere = headline || (lines.length === 0 && !item && !turn && looksLikeHeading(text) && !/^\p{Ll}/u.test(next));
    if (headingHere) {
      blocks.push({ kind: 'heading', text });
      continue;
    }
    if (item) flush();
    lines.push(text);
    if (item) flush();
  }
  flush();
  return blocks;
}

function checkIsText(text: string): void {
  if (text.includes('\u0000')) throw new ArticleError('This file is binary data, not text.');
  const control = text.match(CONTROL)?.length ?? 0;
  if (control > Math.max(2, text.length * 0.01)) throw new ArticleError('This file is binary data, not text.');
  const visible = text.replace(/\s/g, '');
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  if (visible.length > 0 && letters / visible.length < 0.5) {
    throw new ArticleError('This text is mostly symbols or numbers, not an article.');
  }
}

/**
 * Parses plain text or Markdown (optionally with `---` front matter or a leading `date YYYY-MM-DD`) into an
 * Article. Headings are short lines without closing punctuation, or Markdown `#` headings. The title is the
 * front-matter title, else the first heading, else null. Paragraph text is kept as published, only trimmed
 * (soft-wrapped lines are joined with one space). Throws ArticleError for empty, binary or too-short input.
 */
export function parseArticle(text: string): Article {
  if (typeof text !== 'string' || text.trim() === '') throw new ArticleError('The article is empty.');
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  checkIsText(clean);
  const { meta, body } = splitFrontMatter(clean);
  const blocks = splitTurns(body.split(/\n[ \t]*\n/).flatMap(chunkToBlocks));
  // A dateline line near the top ("Friday, September 9, 2016") is the article's date, not a title or a sentence.
  for (let i = 0; i < Math.min(3, blocks.length); i++) {
    const date = datelineDate(blocks[i].text);
    if (!date) continue;
    meta.date ??= date;
    blocks.splice(i, 1);
    break;
  }
  // "Sources", "References", "External links": the list that closes a news page is not the article's text.
  const back = blocks.findIndex((b, i) => i > 0 && BACK_MATTER.test(b.text.trim()));
  if (back > 0) blocks.splice(back);
  const paras = blocks.filter((b) => b.kind === 'paragraph');
  const paragraphs = paras.map((b) => b.text);
  const speakers = paras.some((b) => b.speaker) ? paras.map((b) => b.speaker ?? null) : undefined;
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

  const wordCount = paragraphs.reduce((n, p) => n + words(p).length, 0);
  if (wordCount < MIN_WORDS) {
    throw new ArticleError(`This text is too short to be an article (${wordCount} words; at least ${MIN_WORDS} are needed).`);
  }
  const sentenceEnds = paragraphs.join('\n').match(/[.!?](?:[”"’')\]]*)(?=\s|$)/g)?.length ?? 0;
  if (sentenceEnds < MIN_SENTENCES) {
    throw new ArticleError(`This text does not read like an article: it needs at least ${MIN_SENTENCES} full sentences.`);
  }
  return {
    title: meta.title ?? headings[0] ?? null,
    date: meta.date,
    source: meta.source,
    url: meta.url,
    headings,
    paragraphs,
    ...(speakers ? { speakers } : {}),
    blocks,
  };
}
