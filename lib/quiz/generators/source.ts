import type { SourceRef } from '../../analysis/types';
import type { Question } from '../types';
import type { GenContext } from '../context';
import { finish, excerpt, label, norm, textOf } from '../util';

/** Plain names of source kinds; "other" is never asked because it cannot be told apart reliably. */
const KIND_LABEL: Record<Exclude<SourceRef['kind'], 'other'>, string> = {
  post: 'A social media post',
  ruling: 'A court ruling',
  statement: 'A press statement',
  filing: 'A court filing',
  report: 'A report, a study or a set of data',
  interview: 'An interview',
};
const ORDER = Object.keys(KIND_LABEL) as (keyof typeof KIND_LABEL)[];
type Kind = keyof typeof KIND_LABEL;
/** The kind named by the source's own words; when they name one, they outrank the analysis' guess. */
const NOUNS: [RegExp, Kind][] = [
  [/\b(post|tweet|instagram|facebook|tiktok|x\.com|blog|social media)\b/i, 'post'],
  [/\b(ruling|decision|judgment|judgement|verdict|court order)\b/i, 'ruling'],
  [/\b(motion|filing|complaint|lawsuit|petition|affidavit|brief)\b/i, 'filing'],
  [/\b(study|report|survey|paper|research|audit|data|analysis|journal)\b/i, 'report'],
  [/\b(interview)\b/i, 'interview'],
  [/\b(statement|press release|announcement|news conference|press conference)\b/i, 'statement'],
];
function kindOf(src: SourceRef): Kind | null {
  const named = NOUNS.find(([re]) => re.test(src.text));
  if (named) return named[1];
  return src.kind === 'other' ? null : src.kind;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a statement comes from: the sentence is shown with the words naming the source blanked out, and the
 * student picks the kind of source. Distractors are other kinds, those the article also cites first.
 */
export function sourceQuestions(ctx: GenContext): Question[] {
  const { analysis } = ctx;
  const out: Question[] = [];
  const seen = new Set<string>();
  const cited = ORDER.filter((k) => analysis.sources.some((s) => kindOf(s) === k));
  for (const src of analysis.sources) {
    const kind = kindOf(src);
    if (!kind || !src.text.trim()) continue;
    const sentence = textOf(analysis.sentences, src.sentence);
    const re = new RegExp(escape(src.text.trim()), 'i');
    if (!sentence || !re.test(sentence)) continue;
    const key = `${src.sentence}:${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const masked = sentence.replace(re, '___');
    // Kinds also cited in this very sentence could be right too, so they are not offered.
    const here = new Set(analysis.sources.filter((s) => s.sentence === src.sentence).map(kindOf));
    const distractors = [...cited, ...ORDER].filter((k) => k !== kind && !here.has(k)).map((k) => KIND_LABEL[k]);
    const answer = KIND_LABEL[kind];
    if (norm(masked).includes(norm(answer))) continue;
    const q = finish({
      skill: 'source',
      prompt: `Where does this information come from? “${excerpt(masked, 40)}” (The blank hides the source.)`,
      answer,
      distractors,
      evidence: [src.sentence],
      explanation:
        `In ${label(src.sentence)} the article names its source: “${src.text.trim()}”${src.who ? `, from ${src.who}` : ''}. ` +
        `That is ${answer.toLowerCase()}. Knowing where a statement comes from tells you how to check it: ` +
        `a ruling can be read in court records, a post on the account that made it, a study in the journal.`,
      difficulty: 2,
    });
    if (q) out.push(q);
  }
  return out;
}
