import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm, textOf } from '../util';
import { writtenForm } from '../terms';
import { inEveryDictionary } from '../../analysis/spelling';

/** Lower-case words of 5+ letters in a text, in order: candidates for correctly spelled options. */
function plainWords(text: string): string[] {
  return text.match(/(?<![\p{L}’'-])\p{Ll}{5,}(?![\p{L}’'-])/gu) ?? [];
}

/** Words English writers often misspell (a general list, as in spelling guides). */
const TRICKY = new Set(`
  accommodate achieve across address apparent argument believe beginning business calendar ceiling cemetery
  colleague committee conscious definitely describe disappear embarrass environment especially exaggerate
  existence experience familiar finally foreign forty friend government grateful guarantee harass height
  immediately independent interrupt knowledge library license licence lightning maintenance millennium
  necessary neighbour neighbor noticeable occasion occurred occurrence parliament particular possession
  privilege professor pronunciation publicly really receive received recommend reference relevant restaurant
  rhythm schedule separate sergeant similar sincerely successful surprise tomorrow truly until weather weird
  whether writing
`.trim().split(/\s+/));

/** "goverment's" among bare words is the only one with an ending: options show the word without it. */
const bare = (w: string) => w.replace(/[’']s$/, '');

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What went wrong between the right spelling and the typo, in words a student can check letter by letter. */
function slip(typo: string, right: string): string {
  if (typo.length < right.length) return 'a letter is missing';
  if (typo.length > right.length) return 'it has a letter too many';
  const diff = [...typo].flatMap((c, i) => (c === right[i] ? [] : [i]));
  if (diff.length === 2 && diff[1] === diff[0] + 1) return 'two letters are swapped';
  return 'one letter is wrong';
}

/**
 * The misspelled-word question: which of four words the article misspells, every option spelled correctly (the
 * typo printed among three right words was the odd one out at a glance, answered without the article: seventh
 * blind review), so the student finds the word in the article and reads it letter by letter. The other options
 * are words of the article spelled the same in US, British and Australian English (so none is arguably misspelled),
 * taken from the typo's sentence when it has enough, else from the whole article, with a prompt that says which.
 * Only issues with one clear correction are asked.
 */
function typoQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const out: Question[] = [];
  const flagged = new Set(analysis.spelling.map((s) => norm(s.word)));
  const asked = new Set<string>();
  for (const issue of analysis.spelling) {
    if (!issue.suggestion || asked.has(norm(issue.word))) continue;
    const sentence = textOf(analysis.sentences, issue.sentence);
    const pos = sentence.search(new RegExp(`(?<![\\p{L}])${issue.word}(?![\\p{L}])`, 'u'));
    if (pos < 0) continue;
    const fix = issue.suggestion;
    const ok = (w: string) => !flagged.has(norm(w)) && norm(w) !== norm(fix) && inEveryDictionary(w);
    const right = bare(fix);
    // Words people often misspell first: "received" among words nobody misspells is the famous trap, found without
    // the article (eighth blind set); beside "separate" or "necessary" each option needs checking.
    const byLength = (a: string, b: string) =>
      Number(!TRICKY.has(a)) - Number(!TRICKY.has(b)) || Math.abs(a.length - right.length) - Math.abs(b.length - right.length) || a.localeCompare(b);
    // Words about as long as the key: "collapsed" among "killed" and "people" stands out as the only long word.
    const alike = (w: string) => ok(w) && Math.abs(w.length - right.length) <= 2;
    const near = [...new Set(plainWords(sentence).filter(alike))].sort(byLength);
    const far = [...new Set(analysis.sentences.flatMap((s) => plainWords(s.text)).filter(alike))].sort(byLength);
    // Readers do not see sentence numbers, so the prompt names the sentence by its opening words, shown only up
    // to the typo so it never contains the answer; a typo in first place is located by the sentence's end.
    const before = sentence.slice(0, pos).trim().split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
    const after = sentence.slice(pos + issue.word.length).trim().split(/\s+/).filter(Boolean);
    let prompt: string;
    const shownRight = 'Each option is spelled correctly here: find the one the article gets wrong.';
    // An opening other sentences share ("In a…" began three: tenth blind set) names no one sentence.
    const only = (test: (t: string) => boolean) => analysis.sentences.filter((s) => test(s.text.trim())).length === 1;
    const ending = after.slice(-5).join(' ');
    if (near.length < 3) prompt = `The article misspells one of these words. Which one? ${shownRight}`;
    else if (before && only((t) => t.startsWith(before))) prompt = `The sentence that begins “${before}…” misspells one of these words. Which one? ${shownRight}`;
    else if (after.length >= 4 && only((t) => t.endsWith(ending))) prompt = `The sentence that ends “…${after.slice(-5).join(' ')}” misspells one of these words. Which one? ${shownRight}`;
    else continue;
    const q = finish({
      skill: 'spot-error',
      prompt,
      answer: right,
      distractors: near.length < 3 ? [...near, ...far] : near,
      evidence: [issue.sentence],
      explanation:
        `In ${label(issue.sentence)}: “${excerpt(sentence, 36, pos)}” The article writes “${issue.word}”, but the ` +
        `word is spelled “${fix}”: ${slip(bare(issue.word), bare(fix))}. Read long words letter by letter, or check them in a dictionary.`,
      difficulty: 1,
    });
    if (!q || q.options.length < 4) continue;
    asked.add(norm(issue.word));
    out.push(q);
  }
  return out;
}

/**
 * Spot the error: the misspelled word (see typoQuestions), and an explainer that gets a glossary term wrong
 * (TermHit.misstatement).
 */
export function spotErrorQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const out = typoQuestions(ctx);
  for (const hit of analysis.terms) {
    const m = hit.misstatement;
    if (!m || !textOf(analysis.sentences, m.sentence)) continue;
    const sentence = textOf(analysis.sentences, m.sentence);
    const other = analysis.terms.find((t) => norm(t.term) !== norm(hit.term) && !norm(t.term).includes(norm(hit.term)));
    const written = writtenForm(hit, sentence, ctx.glossary) ?? hit.term;
    // Fuller distractors, so the right answer does not stand out as the only long, detailed option.
    const distractors = [`Nothing: “${written}” is the right word here, and the sentence uses it correctly.`];
    // "It misspells the term" is wrong only if the term is printed correctly in that sentence.
    if (writtenForm(hit, sentence, ctx.glossary)) distractors.push(`It misspells “${written}”; the spelling of the word itself is wrong.`);
    if (other) distractors.push(`It mixes up “${written}” with “${other.term}”, which means something else.`);
    const pos = Math.max(0, sentence.toLowerCase().indexOf(written.toLowerCase()));
    const q = finish({
      skill: 'spot-error',
      prompt: `The article says: “${excerpt(sentence, 30, pos)}” What does it get wrong about “${written}”?`,
      answer: `It suggests ${lowerFirst(m.wrong.replace(/\.$/, ''))}, but ${lowerFirst(m.right.replace(/\.$/, ''))}.`,
      distractors,
      evidence: [m.sentence],
      explanation:
        `In ${label(m.sentence)}: “${excerpt(sentence, 36)}” The wording suggests ${lowerFirst(m.wrong.replace(/\.$/, ''))}. ` +
        `In fact ${lowerFirst(m.right.replace(/\.$/, ''))}. “${hit.term}”: ${hit.definition} ` +
        `When an article explains a term, compare its explanation with a glossary or a court's own website.`,
      difficulty: 3,
    });
    if (q) out.push(q);
  }
  return out;
}
