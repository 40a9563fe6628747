import type { Figure } from '../../analysis/types';

/** A figure as it reads alone: a count with what it counts ("190 kilometers"), money and percentages as written. */
export function shownFigure(f: Figure, sentence: string): string | null {
  const shown = f.kind === 'money' || (f.kind === 'percent' && /%$/.test(f.text)) ? f.text : `${f.text} ${f.unit}`;
  if (!sentence.includes(shown)) return null;
  return shown !== f.text ? (/\p{L}{3}/u.test(f.unit) ? shown : null) : /[$€£%]/.test(shown) ? shown : null;
}

/**
 * Numbers near a figure that the article does not give: double, half and one more in the first digit, written the
 * way the figure is ("1,426" gives "2,852"), none a number of the article. Only for figures written in digits ("seven" has no near miss to show).
 */
export function nearMisses(f: Figure, shown: string, articleText: string, figures: Figure[]): string[] {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(f.text);
  if (!m || !/^\d[\d,]*$/.test(m[0])) return [];
  const n = Number(m[0].replace(/,/g, ''));
  const commas = m[0].includes(',');
  const write = (x: number) => (commas ? x.toLocaleString('en-US') : String(x));
  const step = 10 ** (String(n).length - 1);
  const inArticle = numbersIn(articleText);
  // "4 million" is 4,000,000: a near miss must not be any figure's value either, however written ("eight million").
  const scale = f.value / n;
  return [n * 2, n % 2 === 0 && n > 2 ? n / 2 : 0, n + step]
    .filter((x) => x > 0 && x !== n && !inArticle.has(String(x)) && !figures.some((g) => g.value === x * scale))
    .map((x) => shown.replace(m[0], write(x)));
}

/** Every number written in digits in a text, without its thousands commas: what a near miss must not be. */
export function numbersIn(text: string): Set<string> {
  return new Set(text.match(/\d[\d,]*(?:\.\d+)?/g)?.map((x) => x.replace(/,/g, '')) ?? []);
}
