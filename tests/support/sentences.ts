/**
 * Test helpers for the analysis tests: build `Sentence[]` and `Article` inputs without depending on the
 * sentence splitter, so people/quotes/dates can be tested on their own. Tests only (reads a fixture file).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '@/lib/article/types';
import type { Sentence } from '@/lib/analysis/types';

interface Unit {
  kind: string;
  n: number | null;
  text: string;
  start: number;
  end: number;
}

const FIXTURE = fileURLToPath(new URL('../fixtures/seed-ground-truth.json', import.meta.url));

/** Words by the project rule: whitespace tokens holding at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** Sentences laid out paragraph by paragraph, joined by one space inside a paragraph. */
export function layout(paragraphs: string[][]): { article: Article; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  const texts: string[] = [];
  paragraphs.forEach((para, p) => {
    let offset = 0;
    for (const text of para) {
      sentences.push({ index: sentences.length, text, paragraph: p, start: offset, end: offset + text.length, words: countWords(text) });
      offset += text.length + 1;
    }
    texts.push(para.join(' '));
  });
  const article: Article = {
    title: null,
    date: null,
    source: null,
    url: null,
    headings: [],
    paragraphs: texts,
    blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })),
  };
  return { article, sentences };
}

/** Seed sentence texts grouped into paragraphs; a line break between two units starts a new block. */
function seedParagraphs(): string[][] {
  const units = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { units: Unit[] }).units;
  const out: string[][] = [];
  let prevEnd = -1;
  let prevKind = '';
  for (const u of units) {
    const isSentence = u.kind.startsWith('sentence');
    // The units carry offsets into article.txt: a gap of more than one character is a blank line.
    const newBlock = prevKind !== 'sentence' || u.start - prevEnd > 1;
    if (isSentence) {
      if (newBlock || out.length === 0) out.push([]);
      out[out.length - 1].push(u.text);
    }
    prevEnd = u.end;
    prevKind = isSentence ? 'sentence' : u.kind;
  }
  return out;
}

/** The seed's 18 sentences (index 0..17) with paragraphs as published. */
export function seedSentences(): Sentence[] {
  return layout(seedParagraphs()).sentences;
}

/** A minimal Article for the seed (paragraphs only, date 2024-07-13) matching `seedSentences()`. */
export function seedArticle(): Article {
  const { article } = layout(seedParagraphs());
  return { ...article, date: '2024-07-13' };
}

/** Sentences for an invented article, all in one paragraph. */
export function makeSentences(texts: string[]): Sentence[] {
  return layout([texts]).sentences;
}
