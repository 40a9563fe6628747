/*
 * Says plainly when pasted text is not a news article at all (computer code, a list of words, gibberish), before
 * the analysis writes a quiz of nonsense from it. Deliberately forgiving: held to every article of the gold corpus
 * and the test fixtures (lib/article/not-article.test.ts), so no real article is refused.
 */

/** Short words every English paragraph is full of; gibberish and most word lists have almost none. */
const FUNCTION_WORDS = new Set(
  'the a an of to and in on at for with from by as is was are were be been has have had it its that this which who said not but or he she they we i you his her their our will would can could after before about than there'.split(' '),
);

/** Lines that look like program text: keywords that open a statement, lines ending in ; { or }, or markup tags. */
const CODE_LINE = /^\s*(import|export|const|let|var|function|def|class|return|if|elif|else|for|while|switch|case|#include|public|private|package|using|SELECT|INSERT)\b|[;{}]\s*$|^\s*<\/?[a-z][\w-]*(\s[^>]*)?>|=>|\)\s*\{/;

/** Fewer words than this and the parser's own "too short" message is the better one. */
const MIN_WORDS = 40;

/** The reason, in a teacher's words, that `text` is not a news article; null when it may well be one. */
export function notArticleReason(text: string): string | null {
  const body = text.replace(/^---[\s\S]*?\n---\s*/, '').replace(/\*\*/g, '');
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const words = body.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDS || lines.length === 0) return null;

  const codeLines = lines.filter((l) => CODE_LINE.test(l)).length;
  const nonSpace = body.replace(/\s/g, '').length;
  const symbols = (body.match(/[{}()[\];=<>]/g) ?? []).length;
  if (codeLines / lines.length > 0.3 || symbols / nonSpace > 0.05) {
    return 'This looks like computer code or web page markup, not a news article. Paste the text of the article as you would read it.';
  }

  const lower = words.map((w) => w.toLowerCase());
  const common = lower.filter((w) => FUNCTION_WORDS.has(w)).length / lower.length;
  const noVowel = lower.filter((w) => w.length > 1 && !/[aeiouy]/.test(w)).length / lower.length;
  const longRuns = lower.filter((w) => /[^aeiouy'’-]{5,}/.test(w)).length / lower.length;
  const sentences = (body.match(/[.!?]["'”’)]?(\s|$)/g) ?? []).length;
  const LIST = 'This is a list of words, not a news article written in sentences. Paste the whole article.';
  if (noVowel > 0.2 || longRuns > 0.15 || (common < 0.08 && sentences >= words.length / 40)) {
    return 'This does not read like an English news article: too few of its words are real English words. Check that the whole article was pasted, as text.';
  }
  if (common < 0.08) return LIST;

  // A list: most lines a word or three with no full stop, and hardly any sentences in the whole text.
  const shortLines = lines.filter((l) => l.split(/\s+/).length <= 3 && !/[.!?]["'”’)]?$/.test(l)).length;
  if ((lines.length >= 8 && shortLines / lines.length > 0.6) || sentences < words.length / 60) {
    return LIST;
  }
  return null;
}
