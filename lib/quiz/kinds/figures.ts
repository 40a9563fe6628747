/** Every number written in digits in a text, without its thousands commas: what a rival sentence of a figure is told by. */
export function numbersIn(text: string): Set<string> {
  return new Set(text.match(/\d[\d,]*(?:\.\d+)?/g)?.map((x) => x.replace(/,/g, '')) ?? []);
}
