/**
 * Quotations and their speakers: words in “…” or "..." (a quotation may run over several sentences of one
 * paragraph), and block quotes — a paragraph introduced by a line ending in a colon ("Here’s how X responded:").
 * A quoted term that no verb of saying governs ("a dismissal “with prejudice” means …") gets speaker null.
 */
import type { Article } from '../article/types';
import type { Person, Quote, Sentence } from './types';
import { introSpeaker, mask, speakerOf, type SpeakerContext } from './quote-speaker';
import { dashSpeaker, misspeltSpeaker, saidIn } from './quote-context';

interface Span {
  sentence: number;
  /** Offsets inside the starting sentence; `end` is the sentence length when the quotation runs on. */
  start: number;
  end: number;
  text: string;
  /** Set when the quotation had no closing mark before its paragraph ended. */
  ranOn?: boolean;
}

/**
 * Quotation spans of one sentence; `open` marks an unclosed last quote. Any double mark closes an open quotation,
 * whatever its style: pasted text mixes them ("…decision.“ closing with an opening mark), and a TeX-style "``"
 * opens one.
 */
function spansIn(text: string): { pairs: Array<[number, number]>; open: number | null } {
  const pairs: Array<[number, number]> = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const tex = c === '`' && text[i + 1] === '`';
    if (c !== '“' && c !== '”' && c !== '"' && !tex) continue;
    // A closing curly mark never opens a quotation.
    if (open === null && c !== '”') open = i;
    else if (open !== null) {
      pairs.push([open, i + 1]);
      open = null;
    }
    if (tex) i++;
  }
  return { pairs, open };
}

/**
 * Quotations read per sentence. A real sentence holds a handful; a pasted storm of quotation marks would otherwise
 * have every quotation searched for its speaker. Those beyond the limit are skipped, never an error.
 */
export const MAX_QUOTES_PER_SENTENCE = 24;

const inner = (s: string) => s.replace(/^(?:``|[“"])/, '').replace(/[”"“]$/, '').trim();

/** Find every quotation and its speaker (Person.name), in reading order. */
export function findQuotes(article: Article, sentences: Sentence[], people: Person[]): Quote[] {
  const ctx: SpeakerContext = { sentences, people, memo: new Map() };
  const quotes: Quote[] = [];
  // Each sentence's quotation marks and its text with every quotation blanked, worked out once and looked up by
  // each of its quotations.
  const spanMemo = new Map<number, ReturnType<typeof spansIn>>();
  const spansOf = (i: number) => {
    let found = spanMemo.get(i);
    if (!found) spanMemo.set(i, (found = spansIn(sentences[i].text)));
    return found;
  };
  const maskMemo = new Map<number, string>();
  const maskedOf = (i: number) => {
    let found = maskMemo.get(i);
    if (found === undefined) maskMemo.set(i, (found = mask(sentences[i].text, spansOf(i).pairs)));
    return found;
  };
  const blocks = blockSentences(article, sentences, ctx);
  let carry: Span | null = null;
  let lastSpeaker: { name: string | null; sentence: number; paragraph: number } | null = null;
  /** The speaker of a quotation that ran to the end of its paragraph: the next paragraph's opening quote is theirs. */
  let ranOn: { name: string | null; paragraph: number } | null = null;

  for (const s of sentences) {
    const { pairs, open } = spansOf(s.index);
    const found: Span[] = [];
    let from = 0;
    if (carry) {
      // A quotation that began in an earlier sentence of this paragraph ends at the first closing mark.
      const close = s.text.search(/[”"“]/);
      if (close >= 0 && sentences[carry.sentence].paragraph === s.paragraph) {
        carry.text += ` ${s.text.slice(0, close)}`;
        found.push(carry);
        from = close + 1;
      } else if (sentences[carry.sentence].paragraph === s.paragraph) {
        carry.text += ` ${s.text}`;
        continue;
      } else {
        // A quotation that runs on into the next paragraph leaves its closing mark out: it ends with its paragraph.
        found.push({ ...carry, ranOn: true });
      }
      carry = null;
    }
    for (const [a, b] of pairs) {
      if (found.length >= MAX_QUOTES_PER_SENTENCE) break;
      if (a >= from) found.push({ sentence: s.index, start: a, end: b, text: s.text.slice(a, b) });
    }
    if (open !== null && open >= from) carry = { sentence: s.index, start: open, end: s.text.length, text: s.text.slice(open) };

    for (const q of found) {
      const host = sentences[q.sentence];
      const masked = q.sentence === s.index ? maskedOf(q.sentence) : mask(host.text, spansOf(q.sentence).pairs.concat([[q.start, q.end]]));
      let who = speakerOf(ctx, q.sentence, masked, q.start, q.end)?.name ?? null;
      if (!who && q.sentence !== s.index) {
        // "“… . … ,” she said.": the verb sits in the sentence where the quotation closes.
        who = speakerOf(ctx, s.index, mask(maskedOf(s.index), [[0, from]]), 0, from)?.name ?? null;
      }
      // Words after the closing mark, in the sentence where the quotation closes.
      let after = q.sentence === s.index ? host.text.slice(q.end) : s.text.slice(from);
      // "… brains.”" then "— Peres, on whether …" as a sentence of its own.
      const next = sentences[s.index + 1];
      if (!after.trim() && next?.paragraph === s.paragraph && /^[—–]/.test(next.text)) after = next.text;
      who ??= dashSpeaker(ctx, after)?.name ?? misspeltSpeaker(ctx, after)?.name ?? null;
      const block = blocks.get(q.sentence);
      if (!who && block !== undefined) who = block;
      if (!who && q.start <= 1 && ranOn?.paragraph === host.paragraph - 1 && host.start === 0) who = ranOn.name;
      if (!who && q.start <= 1) who = introducedBy(ctx, host)?.name ?? null;
      if (!who && q.start <= 1) who = answerSpeaker(ctx, host);
      if (q.ranOn) ranOn = { name: who, paragraph: host.paragraph };
      // A sentence that is all quotation continues the speaker of the quotation just before it.
      if (!who && lastSpeaker && /^[“"]/.test(host.text) && lastSpeaker.paragraph === host.paragraph && q.sentence - lastSpeaker.sentence <= 1) {
        who = lastSpeaker.name;
      }
      const text = inner(q.text);
      if (!text) continue;
      // A title or a name in quotation marks ("Cowboys and Indians") is nobody's words.
      if (titleLike(text)) who = null;
      quotes.push({ text, speaker: who, sentence: q.sentence, kind: 'direct' });
      lastSpeaker = { name: who, sentence: q.sentence, paragraph: host.paragraph };
    }
    if (blocks.has(s.index) && pairs.length === 0 && open === null && !carry) {
      quotes.push({ text: s.text, speaker: blocks.get(s.index) ?? null, sentence: s.index, kind: 'block' });
    }
  }
  return quotes;
}

/** Two to eight words, each longer word capitalised, no sentence punctuation: a title or a name, not speech. */
function titleLike(text: string): boolean {
  const words = text.replace(/[,.;:!?]+$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 8 || /[.!?;]/.test(text.replace(/[.!?]+$/, ''))) return false;
  const long = words.filter((w) => w.length >= 4);
  const capped = words.filter((w) => /^\p{Lu}/u.test(w));
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)) && capped.length >= 2 && /^\p{Lu}/u.test(words[0]);
}

/**
 * The speaker of a sentence that opens with a quotation and names nobody: the sentence before it in the
 * paragraph when that one says who speaks ("Wilkins also said …"), or, for a paragraph that opens with a
 * quotation, the last sentence of the paragraph before ("Cornyn issued a statement …").
 */
function introducedBy(ctx: SpeakerContext, host: Sentence): Person | null {
  const prev = ctx.sentences[host.index - 1];
  if (!prev) return null;
  // Sentences run in reading order, so a sentence whose predecessor sits in another paragraph opens its own.
  const said = saidIn(ctx, prev);
  if (said) return said;
  // "Perkins admitted she nearly skipped class. Why did she want to go? “It's Warhol.”": the writer's own question
  // in between, then the answer of the person the sentence before it has speaking.
  const before = ctx.sentences[host.index - 2];
  const asks = /\?\s*$/.test(prev.text) && !/["“”]/.test(prev.text);
  if (!asks || !before || prev.paragraph !== host.paragraph || before.paragraph !== host.paragraph) return null;
  return saidIn(ctx, before);
}

/**
 * Sentences of block quotes mapped to their speaker: the paragraph after a paragraph whose last sentence ends
 * with a colon, when that line names who speaks or says it introduces a statement or post.
 */
function blockSentences(article: Article, sentences: Sentence[], ctx: SpeakerContext): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (let i = 1; i < sentences.length; i++) {
    const prev = sentences[i - 1];
    const s = sentences[i];
    if (s.paragraph === prev.paragraph || !/:\s*$/.test(prev.text)) continue;
    if (article.paragraphs.length > 0 && article.paragraphs[s.paragraph] === undefined) continue;
    const who = introSpeaker(ctx, prev)?.name ?? null;
    if (!who && !/\b(statement|post|posted|wrote|read|message|letter|tweet|said)\b/i.test(prev.text)) continue;
    for (let k = i; k < sentences.length && sentences[k].paragraph === s.paragraph; k++) out.set(k, who);
  }
  return out;
}

/** "We spoke to Mulligan", "in an interview with Ana Ruiz": who a question-and-answer article interviews. */
const INTERVIEWEE = /\b(?:(?:[Ww]e|I) (?:spoke|talked) (?:to|with)|(?:[Ii]n )?an interview with|[Ii]nterviewed) ((?:Dr\.? |Prof\.? )?\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)/u;
const interviewees = new WeakMap<Sentence[], string | null>();

/**
 * "Q: Why does it matter?" then a paragraph that opens with a quotation: the answer of the one person the article
 * says it interviewed. Null when no "Q:" line comes right before or the interviewee is not one named person.
 */
function answerSpeaker(ctx: SpeakerContext, host: Sentence): string | null {
  if (host.start !== 0 && ctx.sentences[host.index - 1]?.paragraph === host.paragraph) return null;
  const asked = ctx.sentences.find((s) => s.paragraph === host.paragraph - 1);
  if (!asked || !/^Q\s*[:.]\s/.test(asked.text)) return null;
  let who = interviewees.get(ctx.sentences);
  if (who === undefined) {
    const names = new Set<string>();
    for (const s of ctx.sentences) {
      const m = INTERVIEWEE.exec(s.text);
      const said = m ? m[1].replace(/^(?:Dr|Prof)\.? /, '') : null;
      const person = said ? ctx.people.find((p) => p.kind === 'person' && (p.name === said || p.aliases.includes(said))) : undefined;
      if (person) names.add(person.name);
    }
    who = names.size === 1 ? [...names][0] : null;
    interviewees.set(ctx.sentences, who);
  }
  return who;
}

